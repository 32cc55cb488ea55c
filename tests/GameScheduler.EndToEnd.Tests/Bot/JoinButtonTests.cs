using System.Diagnostics;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>Join and Leave in Discord go through the same rules as the web, commit their event, and answer privately in time.</summary>
[Collection(GraphCollection.Name)]
public sealed class JoinButtonTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private const int Ephemeral = 64;
    private static readonly TimeSpan InteractionWindow = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Clicking_Join_answers_privately_within_three_seconds_and_commits_the_join_with_its_event()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Join from Discord");
        await using var broker = await BrokerEvents.ListenAsync(Graph, $"game.updated.{Seed.GuildA}");

        var clock = Stopwatch.StartNew();
        var callback = await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.JoinButton);
        clock.Stop();

        Assert.True(clock.Elapsed < InteractionWindow, $"The reply took {clock.Elapsed}.");
        AssertPrivateReply(callback, "You're in");
        await broker.NextAsync(e => e.Envelope.GetProperty("data").GetProperty("game_id").GetString() == game.Id,
            TimeSpan.FromSeconds(10), $"game.updated.{Seed.GuildA} for the join");
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        Assert.True((await anna.GetJsonAsync($"/api/v1/games/{game.Id}")).GetProperty("is_participant").GetBoolean());
        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => AnnouncedGame.Field(message, "Players") is { } players && players.Value.Contains("anna", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5), "the announcement lists anna");
        await Eventually.ReadsAsync(() => Emulator.DirectMessagesAsync(Seed.AnnaGuildAOnly),
            dms => dms.Any(dm => Content(dm).Contains("Join from Discord", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "anna's join confirmation by DM");

        var again = await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.JoinButton);
        AssertPrivateReply(again, "already in");
        var left = await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.LeaveButton);
        AssertPrivateReply(left, "You left");
    }

    [Fact]
    public async Task The_eleventh_player_of_a_ten_player_game_is_told_they_are_waitlisted_first()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Ten seats", maxPlayers: 10);
        var players = await Task.WhenAll(Enumerable.Range(0, 11).Select(_ => Emulator.CreateUserAsync(NewUsername("seat"), Seed.GuildA)));

        foreach (var player in players[..10])
        {
            AssertPrivateReply(await game.ClickAsync(Emulator, player, game.JoinButton), "You're in");
        }

        AssertPrivateReply(await game.ClickAsync(Emulator, players[10], game.JoinButton), "waitlisted #1");
    }

    [Fact]
    public async Task A_forged_or_stale_button_gets_a_polite_private_error()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Forgery target");

        AssertPrivateReply(await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, "join_game:not-a-game"), "doesn't work anymore");
        AssertPrivateReply(await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, "delete_game:" + game.Id), "doesn't work anymore");
        AssertPrivateReply(await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, $"join_game:{Guid.NewGuid()}"), "doesn't exist");

        Assert.Equal(0, (await Host.GetJsonAsync($"/api/v1/games/{game.Id}")).GetProperty("confirmed_count").GetInt32());
    }

    [Fact]
    public async Task A_button_naming_another_guilds_game_changes_nothing()
    {
        var gameInA = await AnnouncedGame.CreateAsync(Host, Emulator, "Guild A only");
        using var bob = await Graph.LogInAsync(Seed.BobOwner);
        var created = await bob.CreateGameAsync(Seed.GuildB, Seed.GuildBGeneral, "Guild B game");
        var messageInB = await Emulator.WaitForAnnouncementAsync(Seed.GuildBGeneral, created.GetProperty("id").GetString()!,
            AnnouncedGame.AnnouncementTimeout);

        var callback = await Emulator.ClickAsync(Seed.CarolBothGuilds, Seed.GuildBGeneral, messageInB.GetProperty("id").GetString()!,
            gameInA.JoinButton);

        AssertPrivateReply(callback, "doesn't exist");
        Assert.Equal(0, (await Host.GetJsonAsync($"/api/v1/games/{gameInA.Id}")).GetProperty("confirmed_count").GetInt32());
    }

    [Fact]
    public async Task Joining_a_cancelled_game_is_refused_politely_and_changes_nothing()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Called off");
        using var cancelled = await Host.Client.DeleteAsync($"/api/v1/games/{game.Id}").WaitAsync(ApiSession.RequestTimeout);
        cancelled.EnsureSuccessStatusCode();

        AssertPrivateReply(await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.JoinButton), "cancelled");

        Assert.Equal(0, (await Host.GetJsonAsync($"/api/v1/games/{game.Id}")).GetProperty("confirmed_count").GetInt32());
    }

    internal static string NewUsername(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    internal static string Content(JsonElement message) => Property(message, "content");

    /// <summary>A type 4 callback with the ephemeral flag, whose text contains <paramref name="expected"/>.</summary>
    internal static void AssertPrivateReply(JsonElement callback, string expected)
    {
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        var data = callback.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32() & Ephemeral);
        Assert.Contains(expected, Text(data), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A message's content and its embeds' titles and descriptions, unescaped.</summary>
    internal static string Text(JsonElement message)
    {
        JsonElement[] embeds = message.TryGetProperty("embeds", out var list) ? [.. list.EnumerateArray()] : [];
        return string.Join('\n', [Content(message), .. embeds.SelectMany(embed => new[] { Property(embed, "title"), Property(embed, "description") })]);
    }

    private static string Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
}
