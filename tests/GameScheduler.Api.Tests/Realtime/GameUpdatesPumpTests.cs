using System.Diagnostics.Metrics;
using GameScheduler.Api.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Api.Tests.Realtime;

[Collection(ValkeyCollection.Name)]
public sealed class GameUpdatesPumpTests(ValkeyFixture valkey)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan AccessCheck = TimeSpan.FromSeconds(5);
    private readonly string _guild = Guid.NewGuid().ToString("N");
    private readonly ConnectionRegistry _registry = new(Options.Create(new RealtimeOptions { MaxStreamsPerUser = 1 }));
    private readonly FakeTimeProvider _time = new();
    private readonly RealtimeOptions _options = new() { KeepAliveInterval = KeepAlive, AccessCheckInterval = AccessCheck };

    private GameUpdatesPump Pump()
    {
        var options = Options.Create(_options);
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        return new GameUpdatesPump(_registry, new ReplayBuffer(valkey.Connection, options, _time),
            new RealtimeTelemetry(meters, _registry), options, _time,
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<GameUpdatesPump>.Instance);
    }

    private GameUpdate UpdateIn(string guildId) => new(Guid.NewGuid().ToString(), "game_updated", Guid.NewGuid().ToString(), guildId);

    private void Tick() => _time.Advance(TimeSpan.FromSeconds(1));

    /// <summary>Moves the clock a second at a time, letting the pump run in between, until the condition holds.</summary>
    private async Task TickUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(StreamHarness.Timeout);
        while (!condition())
        {
            Tick();
            await Task.Delay(20, deadline.Token);
        }
    }

    [Fact]
    public async Task Queued_events_are_written_at_once_and_a_silent_stream_gets_a_keepalive_after_the_interval()
    {
        var harness = new StreamHarness();
        var connection = new SseConnection("anna", [_guild], bufferSize: 8);
        var started = _time.GetUtcNow();
        var running = Pump().RunAsync(harness.Context, connection, new FakeStreamAccess("anna", _guild), lastEventId: null);

        var update = UpdateIn(_guild);
        connection.Offer(SseFrame.For(update));
        var received = await harness.ReadUntilAsync($"id: {update.EventId}\n");
        Assert.DoesNotContain("keepalive", received);
        Assert.Equal("text/event-stream", harness.Context.Response.ContentType);
        Assert.Equal("no-cache", harness.Context.Response.Headers.CacheControl);
        Assert.Equal("no", harness.Context.Response.Headers["X-Accel-Buffering"]);

        await harness.ReadUntilAsync(": keepalive\n\n", Tick);
        Assert.True(_time.GetUtcNow() - started >= KeepAlive);
        Assert.False(running.IsCompleted);
        Assert.Equal(1, _registry.Count);
    }

    [Fact]
    public async Task A_stream_ends_at_the_first_access_check_after_its_session_ended()
    {
        var harness = new StreamHarness();
        var access = new FakeStreamAccess("anna", _guild);
        var running = Pump().RunAsync(harness.Context, new SseConnection("anna", [_guild], bufferSize: 8), access, lastEventId: null);
        _time.Advance(AccessCheck);
        Assert.False(running.IsCompleted);

        access.SessionEnded = true;
        await TickUntilAsync(() => running.IsCompleted);

        await running;
        Assert.Equal(0, _registry.Count);
        Assert.False(harness.Aborted);
    }

    [Fact]
    public async Task A_guild_the_user_left_is_dropped_at_the_next_access_check()
    {
        var harness = new StreamHarness();
        var otherGuild = Guid.NewGuid().ToString("N");
        var access = new FakeStreamAccess("anna", _guild, otherGuild);
        var connection = new SseConnection("anna", [_guild, otherGuild], bufferSize: 8);
        _ = Pump().RunAsync(harness.Context, connection, access, lastEventId: null);

        access.GuildIds = new HashSet<string> { otherGuild };
        await TickUntilAsync(() => !connection.Subscribes(_guild));

        Assert.Empty(_registry.SubscribersOf(_guild));
        Assert.Single(_registry.SubscribersOf(otherGuild));
    }

    [Fact]
    public async Task Events_coming_faster_than_the_write_interval_wait_for_it_and_go_out_together()
    {
        _options.MinWriteInterval = TimeSpan.FromSeconds(1);
        var harness = new StreamHarness();
        var connection = new SseConnection("anna", [_guild], bufferSize: 8);
        _ = Pump().RunAsync(harness.Context, connection, new FakeStreamAccess("anna", _guild), lastEventId: null);
        var first = UpdateIn(_guild);
        connection.Offer(SseFrame.For(first));
        await harness.ReadUntilAsync($"id: {first.EventId}\n");

        var (second, third) = (UpdateIn(_guild), UpdateIn(_guild));
        connection.Offer(SseFrame.For(second));
        connection.Offer(SseFrame.For(third));
        await Task.Delay(100);
        Assert.Equal("", harness.ReadAvailable());

        _time.Advance(TimeSpan.FromSeconds(1));
        var received = await harness.ReadUntilAsync($"id: {third.EventId}\n");
        Assert.Contains($"id: {second.EventId}\n", received);
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_and_its_connection_aborted()
    {
        var harness = new StreamHarness(clientBufferBytes: 1024);
        var connection = new SseConnection("anna", [_guild], bufferSize: 4);
        var running = Pump().RunAsync(harness.Context, connection, new FakeStreamAccess("anna", _guild), lastEventId: null);

        var offered = 0;
        while (connection.Offer(SseFrame.For(UpdateIn(_guild))))
        {
            Assert.True(++offered < 1000, "The buffer never filled although the client read nothing.");
            await Task.Delay(1);
        }

        await running.WaitAsync(StreamHarness.Timeout);
        Assert.True(harness.Aborted);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task A_stream_beyond_the_users_limit_ends_their_oldest_after_its_queued_events_without_aborting_it()
    {
        var oldHarness = new StreamHarness();
        var oldest = new SseConnection("anna", [_guild], bufferSize: 8);
        var oldRunning = Pump().RunAsync(oldHarness.Context, oldest, new FakeStreamAccess("anna", _guild), lastEventId: null);
        var queued = UpdateIn(_guild);
        oldest.Offer(SseFrame.For(queued));

        var newHarness = new StreamHarness();
        _ = Pump().RunAsync(newHarness.Context, new SseConnection("anna", [_guild], bufferSize: 8), new FakeStreamAccess("anna", _guild), lastEventId: null);

        await oldRunning.WaitAsync(StreamHarness.Timeout);
        Assert.Contains($"id: {queued.EventId}\n", await oldHarness.ReadUntilAsync($"id: {queued.EventId}\n"));
        Assert.False(oldHarness.Aborted);
        Assert.Equal(1, _registry.Count);
    }

    [Fact]
    public async Task A_reconnect_gets_what_it_missed_then_live_events_and_nothing_twice()
    {
        var buffer = new ReplayBuffer(valkey.Connection, Options.Create(_options), _time);
        var seen = UpdateIn(_guild);
        var missed = UpdateIn(_guild);
        await buffer.AppendAsync(seen, default);
        await buffer.AppendAsync(missed, default);
        var harness = new StreamHarness();
        var connection = new SseConnection("anna", [_guild], bufferSize: 8);
        // Offered live as well: it was published between the registration and the replay read.
        connection.Offer(SseFrame.For(missed));

        _ = Pump().RunAsync(harness.Context, connection, new FakeStreamAccess("anna", _guild), seen.EventId);
        var live = UpdateIn(_guild);
        connection.Offer(SseFrame.For(live));
        var received = await harness.ReadUntilAsync($"id: {live.EventId}\n");

        var ids = received.Split('\n').Where(line => line.StartsWith("id: ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"id: {missed.EventId}", $"id: {live.EventId}"], ids);
    }
}
