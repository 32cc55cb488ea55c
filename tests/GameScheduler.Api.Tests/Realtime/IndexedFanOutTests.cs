using GameScheduler.Api.Guilds;
using GameScheduler.Api.Realtime;
using GameScheduler.Discord.OAuth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Tests.Realtime;

[Collection(ValkeyCollection.Name)]
public sealed class IndexedFanOutTests(ValkeyFixture valkey) : IDisposable
{
    private readonly ConnectionRegistry _registry = new(Options.Create(new RealtimeOptions()));
    private readonly FusionCache _nearCache = new(new FusionCacheOptions());
    private readonly string _anna = User("anna");
    private readonly string _ben = User("ben");
    private readonly string _carol = User("carol");

    private GuildMembership Membership(IFusionCache? nearCache = null) =>
        new(valkey.Connection, nearCache ?? _nearCache, NullLogger<GuildMembership>.Instance);

    private IndexedFanOut FanOut() => new(_registry, Membership());

    private static string User(string name) => $"{name}-{Guid.NewGuid():N}";

    private static Task ListGuildsAsync(GuildMembership membership, string userId, params string[] guildIds) =>
        membership.StoreAsync(userId, [.. guildIds.Select(guildId => new OAuthGuild(guildId, guildId, null, false, "0"))]);

    private SseConnection Open(string userId, params string[] guildIds)
    {
        var connection = new SseConnection(userId, guildIds, bufferSize: 16);
        _registry.Add(connection);
        return connection;
    }

    private static GameUpdate UpdateIn(string guildId) => new(Guid.NewGuid().ToString(), "game_updated", Guid.NewGuid().ToString(), guildId);

    private static List<string?> Received(SseConnection connection)
    {
        var received = new List<string?>();
        while (connection.Frames.TryRead(out var frame))
        {
            received.Add(frame.EventId);
        }

        return received;
    }

    public void Dispose() => _nearCache.Dispose();

    [Fact]
    public async Task An_event_reaches_each_stream_of_its_guild_once_and_no_other_stream()
    {
        await ListGuildsAsync(Membership(), _anna, "A");
        await ListGuildsAsync(Membership(), _ben, "B");
        var annaTabs = Enumerable.Range(0, 5).Select(_ => Open(_anna, "A")).ToList();
        var ben = Open(_ben, "B");
        var update = UpdateIn("A");

        Assert.Equal(5, await FanOut().DeliverAsync(update, default));

        Assert.All(annaTabs, tab => Assert.Equal([update.EventId], Received(tab)));
        Assert.Empty(Received(ben));
    }

    [Fact]
    public async Task A_users_guild_list_once_read_is_held_in_process_until_it_is_evicted()
    {
        using var otherInstance = new FusionCache(new FusionCacheOptions());
        await ListGuildsAsync(Membership(), _anna, "A");
        await ListGuildsAsync(Membership(), _carol, "A", "B");
        var anna = Open(_anna, "A");
        Open(_carol, "A");
        var fanOut = FanOut();
        await fanOut.DeliverAsync(UpdateIn("A"), default);

        // Stored through an instance whose evictions do not reach this one: only this instance's held copy still says "A".
        await ListGuildsAsync(Membership(otherInstance), _anna, "B");
        Assert.Equal(2, await fanOut.DeliverAsync(UpdateIn("A"), default));

        await ListGuildsAsync(Membership(), _anna, "B");
        Assert.Equal(1, await fanOut.DeliverAsync(UpdateIn("A"), default));
        Assert.Empty(anna.GuildIds);
    }

    [Fact]
    public async Task A_user_whose_cached_guilds_no_longer_include_the_guild_is_revoked_on_delivery()
    {
        await ListGuildsAsync(Membership(), _anna, "B");
        var anna = Open(_anna, "A", "B");

        Assert.Equal(0, await FanOut().DeliverAsync(UpdateIn("A"), default));

        Assert.Empty(Received(anna));
        Assert.Equal(["B"], anna.GuildIds);
        Assert.Empty(_registry.SubscribersOf("A"));
    }

    [Fact]
    public async Task Without_a_cached_list_the_streams_subscription_decides()
    {
        var anna = Open(_anna, "A");
        var update = UpdateIn("A");

        Assert.Equal(1, await FanOut().DeliverAsync(update, default));
        Assert.Equal([update.EventId], Received(anna));
    }
}
