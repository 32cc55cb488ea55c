using System.Diagnostics;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot;

/// <summary>The bot's own spans; ServiceDefaults exports every "GameScheduler.*" source.</summary>
internal static class BotTelemetry
{
    public const string Name = "GameScheduler.Bot";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>
    /// The root of one click or slash command: the bot's queries, the events it commits (their outbox rows carry this
    /// trace) and its answer to Discord all join the trace that starts here.
    /// </summary>
    public static Activity? StartInteraction(Interaction interaction)
    {
        var activity = Source.StartActivity($"interaction {TypeName(interaction.Type)}", ActivityKind.Server);
        if (activity is not { IsAllDataRequested: true }) return activity;

        activity.SetTag("discord.interaction.id", interaction.Id);
        activity.SetTag("discord.interaction.custom_id", interaction.Data?.CustomId);
        activity.SetTag("discord.command.name", interaction.Type == InteractionType.ApplicationCommand ? interaction.Data?.Name : null);
        activity.SetTag("discord.guild.id", interaction.GuildId);
        return activity;
    }

    private static string TypeName(InteractionType type) => type switch
    {
        InteractionType.MessageComponent => "component",
        InteractionType.ApplicationCommand => "command",
        _ => type.ToString().ToLowerInvariant(),
    };
}
