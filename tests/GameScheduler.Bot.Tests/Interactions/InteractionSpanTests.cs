using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>Each interaction is the root span of its trace, named by its type and tagged with what was invoked where.</summary>
public sealed class InteractionSpanTests
{
    private const string GuildId = "1200000000000000001";

    [Fact]
    public void A_click_is_a_component_span_tagged_with_its_custom_id_and_guild()
    {
        using var recorded = new RecordedSpans(BotTelemetry.Name);
        var click = NewInteraction(InteractionType.MessageComponent, new InteractionData(CustomId: "join_game:42", ComponentType: 2));

        BotTelemetry.StartInteraction(click)?.Dispose();

        var span = Assert.Single(recorded.Spans, span => Tag(span, "discord.interaction.id") == click.Id);
        Assert.Equal("interaction component", span.DisplayName);
        Assert.Equal("join_game:42", Tag(span, "discord.interaction.custom_id"));
        Assert.Equal(GuildId, Tag(span, "discord.guild.id"));
        Assert.Null(Tag(span, "discord.command.name"));
    }

    [Fact]
    public void A_slash_command_is_a_command_span_tagged_with_its_name()
    {
        using var recorded = new RecordedSpans(BotTelemetry.Name);
        var command = NewInteraction(InteractionType.ApplicationCommand, new InteractionData(Id: "1", Name: "list-games"));

        BotTelemetry.StartInteraction(command)?.Dispose();

        var span = Assert.Single(recorded.Spans, span => Tag(span, "discord.interaction.id") == command.Id);
        Assert.Equal("interaction command", span.DisplayName);
        Assert.Equal("list-games", Tag(span, "discord.command.name"));
        Assert.Null(span.ParentId);
    }

    private static Interaction NewInteraction(InteractionType type, InteractionData data) =>
        new(Guid.NewGuid().ToString("N"), "app", type, "token", Data: data, GuildId: GuildId);

    private static string? Tag(System.Diagnostics.Activity span, string key) => span.GetTagItem(key) as string;
}
