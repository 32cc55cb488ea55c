using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

[Collection(GraphCollection.Name)]
public sealed class MemberRemovalTests(GraphFixture graph)
{
    private readonly EmulatorControl _emulator = EmulatorControl.For(graph);

    [Fact]
    public async Task Removing_a_member_in_Discord_publishes_guild_member_removed_for_that_guild()
    {
        var userId = await _emulator.CreateUserAsync(JoinButtonTests.NewUsername("leaver"), Seed.GuildA, Seed.GuildB);
        await using var broker = await BrokerEvents.ListenAsync(graph, "guild.#");

        await _emulator.RemoveMemberAsync(Seed.GuildA, userId);

        var removed = await broker.NextAsync(e => e.Envelope.GetProperty("data").GetProperty("user_id").GetString() == userId,
            TimeSpan.FromSeconds(10), $"guild.member_removed of user {userId}");
        Assert.Equal($"guild.member_removed.{Seed.GuildA}", removed.RoutingKey);
        Assert.Equal("guild.member_removed", removed.Envelope.GetProperty("type").GetString());
        Assert.Equal(Seed.GuildA, removed.Envelope.GetProperty("data").GetProperty("guild_id").GetString());
    }
}
