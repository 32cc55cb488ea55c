using GameScheduler.Api.Realtime;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class IndexedFanOutTests
{
    private static readonly TimeSpan MemoLifetime = TimeSpan.FromSeconds(5);
    private readonly ConnectionRegistry _registry = new();
    private readonly FakeGuildListCache _cache = new();
    private readonly FakeTimeProvider _time = new();
    private readonly IndexedFanOut _fanOut;

    public IndexedFanOutTests()
    {
        var options = Options.Create(new RealtimeOptions { MembershipMemoLifetime = MemoLifetime });
        _fanOut = new IndexedFanOut(_registry, new MembershipMemo(_cache, _time, options));
    }

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

    [Fact]
    public async Task An_event_reaches_each_stream_of_its_guild_once_and_no_other_stream()
    {
        _cache.Set("anna", "A");
        _cache.Set("ben", "B");
        var annaTabs = Enumerable.Range(0, 5).Select(_ => Open("anna", "A")).ToList();
        var ben = Open("ben", "B");
        var update = UpdateIn("A");

        Assert.Equal(5, await _fanOut.DeliverAsync(update, default));

        Assert.All(annaTabs, tab => Assert.Equal([update.EventId], Received(tab)));
        Assert.Empty(Received(ben));
    }

    [Fact]
    public async Task Membership_costs_one_read_per_distinct_user_and_none_while_remembered()
    {
        _cache.Set("anna", "A");
        _cache.Set("carol", "A", "B");
        Open("anna", "A");
        Open("anna", "A");
        Open("carol", "A");
        Open("ben", "B");

        await _fanOut.DeliverAsync(UpdateIn("A"), default);
        await _fanOut.DeliverAsync(UpdateIn("A"), default);
        _time.Advance(MemoLifetime);
        await _fanOut.DeliverAsync(UpdateIn("A"), default);

        Assert.Equal(2, _cache.Reads.Count);
        Assert.All(_cache.Reads, read => Assert.Equal(["anna", "carol"], read.Order()));
    }

    [Fact]
    public async Task A_user_whose_cached_guilds_no_longer_include_the_guild_is_revoked_on_delivery()
    {
        _cache.Set("anna", "B");
        var anna = Open("anna", "A", "B");

        Assert.Equal(0, await _fanOut.DeliverAsync(UpdateIn("A"), default));

        Assert.Empty(Received(anna));
        Assert.Equal(["B"], anna.GuildIds);
        Assert.Empty(_registry.SubscribersOf("A"));
    }

    [Fact]
    public async Task Without_a_cached_list_the_streams_subscription_decides()
    {
        var anna = Open("anna", "A");
        var update = UpdateIn("A");

        Assert.Equal(1, await _fanOut.DeliverAsync(update, default));
        Assert.Equal([update.EventId], Received(anna));
    }
}
