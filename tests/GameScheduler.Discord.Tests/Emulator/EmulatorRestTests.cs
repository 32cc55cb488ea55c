using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;
using GameScheduler.Discord.Tests.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Discord.Tests.Emulator;

public sealed class EmulatorRestTests : IClassFixture<EmulatorServer>, IAsyncLifetime
{
    private static readonly OutgoingMessage Announcement = new(
        Embeds: [new Embed(Title: "Friday raid", Description: "Bring potions", Fields: [new EmbedField("Players", "0/10", Inline: true)])],
        Components: [new ActionRow([new Button(ButtonStyle.Success, "Join", "join_game:1"), new Button(ButtonStyle.Danger, "Leave", "leave_game:1")])]);

    private readonly EmulatorServer emulator;
    private readonly ServiceProvider services;
    private readonly DiscordRestClient rest;

    public EmulatorRestTests(EmulatorServer emulator)
    {
        this.emulator = emulator;
        services = new ServiceCollection().AddLogging().AddDiscordRest(emulator.DiscordConfiguration()).BuildServiceProvider();
        rest = services.GetRequiredService<DiscordRestClient>();
    }

    public async Task InitializeAsync() => await emulator.ControlAsync(HttpMethod.Post, "/_emulator/stats/reset");

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_message_is_posted_edited_and_deleted_as_the_emulator_shows_it()
    {
        var posted = await rest.CreateMessageAsync(EmulatorServer.GuildAGeneral, Announcement, CancellationToken.None);
        var edited = await rest.EditMessageAsync(
            EmulatorServer.GuildAGeneral, posted.Id, new OutgoingMessage(Embeds: [Announcement.Embeds![0] with { Title = "Friday raid (full)" }]), CancellationToken.None);

        var shown = Assert.Single(await ChannelMessagesAsync(), m => m.GetProperty("id").GetString() == posted.Id);
        Assert.Equal("Friday raid (full)", edited.Embeds![0].Title);
        Assert.Equal("Friday raid (full)", shown.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal("join_game:1", shown.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal(1, shown.GetProperty("edit_count").GetInt32());

        await rest.DeleteMessageAsync(EmulatorServer.GuildAGeneral, posted.Id, CancellationToken.None);
        Assert.DoesNotContain(await ChannelMessagesAsync(), m => m.GetProperty("id").GetString() == posted.Id);
        var missing = await Assert.ThrowsAsync<DiscordApiException>(() => rest.GetMessageAsync(EmulatorServer.GuildAGeneral, posted.Id, CancellationToken.None));
        Assert.Equal(DiscordErrorCodes.UnknownMessage, missing.Code);
    }

    [Fact]
    public async Task A_click_arrives_over_the_gateway_and_the_ephemeral_callback_reaches_the_clicker()
    {
        var posted = await rest.CreateMessageAsync(EmulatorServer.GuildAGeneral, Announcement, CancellationToken.None);
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken, subscribe: client =>
            client.InteractionCreate += async (interaction, ct) => await rest.RespondToInteractionAsync(
                interaction.Id,
                interaction.Token,
                InteractionResponse.Reply(new OutgoingMessage($"{interaction.Invoker!.Username} pressed {interaction.Data!.CustomId}"), ephemeral: true),
                ct));
        await bot.NextEventAsync<ReadyEvent>("READY");

        var callback = await emulator.ControlAsync(HttpMethod.Post, "/_emulator/interactions", new
        {
            type = "component",
            user_id = EmulatorServer.Carol,
            channel_id = EmulatorServer.GuildAGeneral,
            message_id = posted.Id,
            custom_id = "join_game:1",
        });

        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.Equal("carol pressed join_game:1", callback.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task A_click_in_a_dm_arrives_with_the_user_and_no_guild_and_the_callback_reaches_the_clicker()
    {
        var sent = await rest.SendDirectMessageAsync(EmulatorServer.Carol, new OutgoingMessage(
            "Still playing Friday raid?",
            Components: [new ActionRow([new Button(ButtonStyle.Success, "Still in", "confirm_game:1"), new Button(ButtonStyle.Danger, "Drop", "drop_game:1")])]),
            CancellationToken.None);
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken, subscribe: client =>
            client.InteractionCreate += async (interaction, ct) => await rest.RespondToInteractionAsync(
                interaction.Id,
                interaction.Token,
                InteractionResponse.Reply(new OutgoingMessage(
                    $"{interaction.User?.Username} pressed {interaction.Data!.CustomId} in guild {interaction.GuildId ?? "none"} as member {interaction.Member?.User?.Username ?? "none"}"),
                    ephemeral: true),
                ct));
        await bot.NextEventAsync<ReadyEvent>("READY");

        var callback = await emulator.ControlAsync(HttpMethod.Post, "/_emulator/interactions", new
        {
            type = "component",
            user_id = EmulatorServer.Carol,
            channel_id = sent.ChannelId,
            message_id = sent.Id,
            custom_id = "confirm_game:1",
        });

        Assert.Equal("carol pressed confirm_game:1 in guild none as member none", callback.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_dm_reaches_an_open_user_and_a_closed_one_fails_with_50007()
    {
        await rest.SendDirectMessageAsync(EmulatorServer.Carol, new OutgoingMessage("You joined Friday raid"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<DiscordApiException>(
            () => rest.SendDirectMessageAsync(EmulatorServer.Dave, new OutgoingMessage("You joined Friday raid"), CancellationToken.None));

        var dms = await emulator.ControlAsync(HttpMethod.Get, $"/_emulator/users/{EmulatorServer.Carol}/dms");
        Assert.Contains(dms.EnumerateArray(), m => m.GetProperty("content").GetString() == "You joined Friday raid");
        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, refused.Code);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task An_injected_429_is_waited_out_and_retried()
    {
        await emulator.ControlAsync(HttpMethod.Post, "/_emulator/faults/rate-limit", new
        {
            method = "POST",
            route = "/channels/{channel_id}/messages",
            count = 1,
            retry_after = 0.5,
            global = false,
        });

        var started = DateTime.UtcNow;
        await rest.CreateMessageAsync(EmulatorServer.GuildAGeneral, new OutgoingMessage("after a 429"), CancellationToken.None);

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.5), "The retry came before retry_after.");
        var stats = await emulator.ControlAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(1, stats.GetProperty("rate_limited").GetInt32());
    }

    [Fact]
    public async Task More_messages_than_a_channel_bucket_allows_wait_for_its_reset_instead_of_meeting_a_429()
    {
        // A channel no other test posts to, so its bucket starts full.
        var posts = Enumerable.Range(1, 7)
            .Select(i => rest.CreateMessageAsync(EmulatorServer.GuildAGameNight, new OutgoingMessage($"burst {i}"), CancellationToken.None));
        await Task.WhenAll(posts).WaitAsync(TimeSpan.FromSeconds(20));

        var stats = await emulator.ControlAsync(HttpMethod.Get, "/_emulator/stats");
        Assert.Equal(0, stats.GetProperty("rate_limited").GetInt32());
    }

    [Fact]
    public async Task Guild_reads_and_command_registration_match_the_seed()
    {
        var member = await rest.GetGuildMemberAsync(EmulatorServer.GuildA, EmulatorServer.Carol, CancellationToken.None);
        var members = await rest.ListGuildMembersAsync(EmulatorServer.GuildA, 1000, null, CancellationToken.None);
        var channels = await rest.GetGuildChannelsAsync(EmulatorServer.GuildA, CancellationToken.None);
        var roles = await rest.GetGuildRolesAsync(EmulatorServer.GuildA, CancellationToken.None);
        var commands = new List<ApplicationCommand> { new("list-games", "Upcoming games in this server"), new("my-games", "Games you host or joined") };
        var global = await rest.OverwriteGlobalCommandsAsync(commands, CancellationToken.None);
        var guild = await rest.OverwriteGuildCommandsAsync(EmulatorServer.GuildA, commands, CancellationToken.None);

        Assert.Equal("carol", member.User!.Username);
        Assert.Contains(members, m => m.User!.Id == EmulatorServer.Dave);
        Assert.Contains(channels, c => c.Name == "game-night");
        Assert.Contains(roles, r => r.Name == "Game Master" && r.Permissions == "32");
        Assert.All(global.Concat(guild), c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.Equal(["list-games", "my-games"], guild.Select(c => c.Name).Order());
    }

    private async Task<JsonElement[]> ChannelMessagesAsync() =>
        [.. (await emulator.ControlAsync(HttpMethod.Get, $"/_emulator/channels/{EmulatorServer.GuildAGeneral}/messages")).EnumerateArray()];
}
