using GameScheduler.Discord.Rest.RateLimits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace GameScheduler.Discord.Tests.Rest;

/// <summary>The global pause kept in a real Valkey, shared by separate processes (each with a store of its own).</summary>
[Collection(ValkeyCollection.Name)]
public sealed class ValkeyGlobalRateLimitStoreTests(ValkeyFixture valkey)
{
    private readonly FakeTimeProvider time = new();
    private readonly IOptions<DiscordOptions> application = Options.Create(new DiscordOptions
    {
        ApplicationId = Random.Shared.NextInt64(long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task A_pause_stored_by_one_process_holds_back_another()
    {
        var until = time.GetUtcNow() + TimeSpan.FromSeconds(3);

        await Store().PauseUntilAsync(until, CancellationToken.None);

        Assert.Equal(until, await Store().PausedUntilAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_shorter_pause_leaves_a_longer_one_in_place()
    {
        var longer = time.GetUtcNow() + TimeSpan.FromSeconds(10);

        await Store().PauseUntilAsync(longer, CancellationToken.None);
        await Store().PauseUntilAsync(time.GetUtcNow() + TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(longer, await Store().PausedUntilAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_global_429_met_by_one_client_holds_back_another_sharing_the_valkey()
    {
        using var bot = new RestHarness(time, Store());
        using var other = new RestHarness(time, Store());
        bot.Api.Respond = _ => bot.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(1, global: true) : FakeDiscordApi.Message();
        other.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, "[]");
        var send = bot.Client.CreateMessageAsync("10", new("hello"), CancellationToken.None);
        await Eventually.HoldsAsync(async () => await Store().PausedUntilAsync(CancellationToken.None) > time.GetUtcNow(),
            Eventually.DefaultTimeout, "the bot's global 429 is in Valkey");

        var roles = other.Client.GetGuildRolesAsync("20", CancellationToken.None);
        await Eventually.SettledAsync(() => other.Api.Count);
        Assert.Equal(0, other.Api.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(send, roles).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(bot.Api.Requests[0].At + TimeSpan.FromSeconds(1), Assert.Single(other.Api.Requests).At);
    }

    [Fact]
    public async Task Without_valkey_a_pause_is_kept_in_this_process_and_the_outage_logged_once()
    {
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync(
            $"127.0.0.1:{ClosedPort()},abortConnect=false,connectTimeout=200").WaitAsync(Eventually.DefaultTimeout);
        var logger = new RecordingLogger();
        var store = new ValkeyGlobalRateLimitStore(unreachable, application, time, logger);
        var until = time.GetUtcNow() + TimeSpan.FromSeconds(3);

        await store.PauseUntilAsync(until, CancellationToken.None).AsTask().WaitAsync(Eventually.DefaultTimeout);
        var pausedUntil = await store.PausedUntilAsync(CancellationToken.None).AsTask().WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(until, pausedUntil);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Levels));
    }

    private ValkeyGlobalRateLimitStore Store() =>
        new(valkey.Connection, application, time, NullLogger<ValkeyGlobalRateLimitStore>.Instance);

    /// <summary>A port nothing listens on: the one just given up by a listener.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RecordingLogger : ILogger<ValkeyGlobalRateLimitStore>
    {
        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Levels.Add(logLevel);
    }
}
