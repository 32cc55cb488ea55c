using GameScheduler.Api.Realtime;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Api.Tests.Realtime;

[Collection(ValkeyCollection.Name)]
public sealed class ReplayBufferTests(ValkeyFixture valkey)
{
    private readonly string _guildA = Guid.NewGuid().ToString("N");
    private readonly string _guildB = Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    private ReplayBuffer Buffer(int length = 100) =>
        new(valkey.Connection, Options.Create(new RealtimeOptions { ReplayBufferLength = length }), _time);

    private static GameUpdate UpdateIn(string guildId) =>
        new(Guid.NewGuid().ToString(), "game_updated", Guid.NewGuid().ToString(), guildId);

    private async Task<List<GameUpdate>> AppendAsync(ReplayBuffer buffer, params string[] guildIds)
    {
        var updates = guildIds.Select(UpdateIn).ToList();
        foreach (var update in updates)
        {
            await buffer.AppendAsync(update, default);
        }

        return updates;
    }

    [Fact]
    public async Task A_reconnect_gets_the_events_after_its_last_one_from_all_its_guilds_in_order()
    {
        var buffer = Buffer();
        var updates = await AppendAsync(buffer, _guildA, _guildB, _guildA, _guildB);

        var replay = await buffer.ReadAfterAsync(updates[0].EventId, [_guildA, _guildB], default);

        Assert.False(replay.MustResync);
        Assert.Equal(updates.Skip(1), replay.Missed);
    }

    [Fact]
    public async Task Events_of_different_guilds_in_the_same_millisecond_replay_in_the_order_they_came()
    {
        var buffer = Buffer(length: 1000);
        // Appends a fraction of a millisecond apart: many pairs of the two guilds share a millisecond.
        var updates = await AppendAsync(buffer, [.. Enumerable.Range(0, 200).Select(index => index % 2 == 0 ? _guildA : _guildB)]);

        foreach (var seen in new[] { 0, 1, 99, 100 })
        {
            var replay = await buffer.ReadAfterAsync(updates[seen].EventId, [_guildA, _guildB], default);

            Assert.Equal(updates.Skip(seen + 1), replay.Missed);
        }
    }

    [Fact]
    public async Task Only_the_guilds_asked_for_are_replayed()
    {
        var buffer = Buffer();
        var updates = await AppendAsync(buffer, _guildA, _guildB, _guildA);

        var replay = await buffer.ReadAfterAsync(updates[0].EventId, [_guildA], default);

        Assert.Equal([updates[2]], replay.Missed);
    }

    [Fact]
    public async Task Two_instances_appending_the_same_event_store_it_once()
    {
        var first = await AppendAsync(Buffer(), _guildA);
        var twice = UpdateIn(_guildA);
        await Buffer().AppendAsync(twice, default);
        await Buffer().AppendAsync(twice, default);

        var replay = await Buffer().ReadAfterAsync(first[0].EventId, [_guildA], default);

        Assert.Equal([twice], replay.Missed);
    }

    [Fact]
    public async Task An_unknown_id_gets_a_resync_whose_position_later_resumes_the_replay()
    {
        var buffer = Buffer();
        await AppendAsync(buffer, _guildA);

        var resync = await buffer.ReadAfterAsync(Guid.NewGuid().ToString(), [_guildA], default);
        Assert.True(resync.MustResync);

        var later = await AppendAsync(buffer, _guildA);
        var resumed = await buffer.ReadAfterAsync(resync.Head, [_guildA], default);
        Assert.False(resumed.MustResync);
        Assert.Equal(later, resumed.Missed);
    }

    [Fact]
    public async Task A_gap_longer_than_the_buffer_gets_a_resync_and_a_shorter_one_the_events()
    {
        var buffer = Buffer(length: 3);
        var updates = await AppendAsync(buffer, _guildA, _guildA, _guildA, _guildA, _guildA);

        Assert.True((await buffer.ReadAfterAsync(updates[0].EventId, [_guildA], default)).MustResync);
        Assert.Equal(updates[3..], (await buffer.ReadAfterAsync(updates[2].EventId, [_guildA], default)).Missed);
    }

    [Fact]
    public async Task A_position_older_than_the_retention_gets_a_resync()
    {
        var buffer = Buffer();
        var updates = await AppendAsync(buffer, _guildA, _guildA);

        _time.Advance(new RealtimeOptions().ReplayRetention + TimeSpan.FromMinutes(1));

        Assert.True((await buffer.ReadAfterAsync(updates[0].EventId, [_guildA], default)).MustResync);
    }

    [Theory]
    [InlineData("9223372036854775807-0")]
    [InlineData("253402300800000-0")]
    [InlineData("1-99999999999999999999")]
    [InlineData("not-a-position")]
    public async Task A_position_beyond_the_calendar_or_malformed_gets_a_resync(string lastEventId)
    {
        var buffer = Buffer();
        await AppendAsync(buffer, _guildA);

        Assert.True((await buffer.ReadAfterAsync(lastEventId, [_guildA], default)).MustResync);
        Assert.True((await buffer.ReadAfterAsync(new string('9', 8000) + lastEventId, [_guildA], default)).MustResync);
    }

    [Fact]
    public async Task A_position_newer_than_any_event_gets_a_resync()
    {
        var buffer = Buffer();
        await AppendAsync(buffer, _guildA);
        var ahead = new StreamPosition(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds(), 0);

        Assert.True((await buffer.ReadAfterAsync(ahead.ToString(), [_guildA], default)).MustResync);
    }
}
