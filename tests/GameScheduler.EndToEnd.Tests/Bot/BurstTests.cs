using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>A rush on one game ends in a few edits that show the final roster, within Discord's rate limits.</summary>
[Collection(GraphCollection.Name)]
public sealed class BurstTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private const int Players = 100;
    private const int Seats = 10;
    private const int FewEdits = 8;

    [Fact]
    public async Task A_hundred_joins_within_a_second_end_in_a_few_edits_listing_exactly_the_confirmed_players_and_no_429()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "The rush", maxPlayers: Seats);
        var players = new List<string>();
        foreach (var batch in Enumerable.Range(0, Players).Chunk(20))
        {
            players.AddRange(await Task.WhenAll(batch.Select(_ => Emulator.CreateUserAsync(JoinButtonTests.NewUsername("rush"), Seed.GuildA))));
        }

        await Emulator.ResetStatsAsync();
        var callbacks = await Task.WhenAll(players.Select(player => game.ClickAsync(Emulator, player, game.JoinButton)));
        Assert.All(callbacks, callback => Assert.Contains(callback.GetProperty("type").GetInt32(), new[] { 4, 5 }));

        // A deferred callback (type 5) answers before the join commits, so wait until every click has landed.
        var stored = await Eventually.ReadsAsync(() => Host.GetJsonAsync($"/api/v1/games/{game.Id}"),
            state => state.GetProperty("waitlisted_count").GetInt32() == Players - Seats,
            TimeSpan.FromSeconds(30), $"{Players - Seats} players waitlisted");
        var confirmed = stored.GetProperty("participants").GetProperty("confirmed").EnumerateArray()
            .Select(player => player.GetProperty("display_name").GetString()!).ToList();
        Assert.Equal(Seats, confirmed.Count);
        var message = await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => AnnouncedGame.Field(message, "Waitlist")?.Name == $"Waitlist ({Players - Seats})",
            TimeSpan.FromSeconds(30), $"the announcement shows {Players - Seats} waitlisted");

        var listed = AnnouncedGame.Field(message, "Players")!.Value;
        Assert.Equal($"Players ({Seats}/{Seats})", listed.Name);
        Assert.Equal(confirmed, listed.Value.Split('\n').Select(line => line[(line.IndexOf(". ", StringComparison.Ordinal) + 2)..]));
        var stats = await Emulator.StatsAsync();
        Assert.Equal(0, stats.GetProperty("rate_limited").GetInt32());
        Assert.InRange(await game.EditsAsync(Emulator), 1, FewEdits);

        // Every player is told by DM. Waiting for that, and for the announcement's last re-render, lets the bot finish
        // the rush before the next test asks for a quick edit in the same channel.
        foreach (var player in players)
        {
            await Eventually.ReadsAsync(() => Emulator.DirectMessagesAsync(player), messages => messages.Length > 0,
                TimeSpan.FromSeconds(30), $"player {player} has a DM about the game");
        }
        await game.WaitUntilNoLongerEditedAsync(Emulator);
    }
}
