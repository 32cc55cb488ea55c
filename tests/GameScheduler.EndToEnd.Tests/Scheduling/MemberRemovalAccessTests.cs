using System.Net;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>A member removed from a guild in Discord loses its games on the Api at once, not when a cache expires.</summary>
[Collection(GraphCollection.Name)]
public sealed class MemberRemovalAccessTests(GraphFixture graph) : IAsyncLifetime
{
    // Under the Api's near-cache lifetime (10 s): an answer that changes within this came from an eviction.
    private static readonly TimeSpan Revocation = TimeSpan.FromSeconds(5);

    public Task InitializeAsync() => SeedGuilds.EnsureAsync(graph);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_removed_from_a_guild_gets_404_for_its_games_within_seconds()
    {
        var emulator = EmulatorControl.For(graph);
        var userId = await emulator.CreateUserAsync(JoinButtonTests.NewUsername("removed"), Seed.GuildA, Seed.GuildB);
        using var alice = await graph.LogInAsync(Seed.AliceOwner);
        using var member = await graph.LogInAsync(userId);
        var game = await alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Members only");
        var path = $"/api/v1/games/{game.GetProperty("id").GetString()}";
        Assert.Equal(HttpStatusCode.OK, await member.StatusAsync(HttpMethod.Get, path));

        await emulator.RemoveMemberAsync(Seed.GuildA, userId);

        await Eventually.ReadsAsync(() => member.StatusAsync(HttpMethod.Get, path), status => status == HttpStatusCode.NotFound,
            Revocation, "the removed member's request for a game of the guild answers 404");
        Assert.Equal(HttpStatusCode.OK, await member.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildB}"));
    }
}
