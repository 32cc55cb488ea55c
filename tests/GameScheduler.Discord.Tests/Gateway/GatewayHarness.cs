using System.Threading.Channels;
using GameScheduler.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="GatewayClient"/> wired as in production against a given API base URL, running, with every typed event it
/// raises recorded in order. Reconnect delays are short and jitter fixed at 0.5 so tests run fast and alike.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string BotToken = "test-bot-token";

    private readonly ServiceProvider services;
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<(string Name, object? Payload)> events = Channel.CreateUnbounded<(string, object?)>();

    private GatewayHarness(Uri apiBaseUrl, string botToken, Action<GatewayClient>? subscribe, TimeSpan reconnectDelay)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = apiBaseUrl.AbsoluteUri,
            ["Discord:BotToken"] = botToken,
            ["Discord:ApplicationId"] = "1100000000000000001",
        }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddDiscordGateway(configuration, options =>
            {
                options.ReconnectDelay = reconnectDelay;
                options.MaxReconnectDelay = reconnectDelay * 10;
                options.Jitter = () => 0.5;
            })
            .BuildServiceProvider();
        Client = services.GetRequiredService<GatewayClient>();
        Record();
        subscribe?.Invoke(Client);
        Run = Client.RunAsync(stop.Token);
    }

    public GatewayClient Client { get; }

    /// <summary>The client's run: faults with <see cref="DiscordGatewayException"/> on a fatal close.</summary>
    public Task Run { get; }

    public static GatewayHarness Start(
        Uri apiBaseUrl, string botToken = BotToken, Action<GatewayClient>? subscribe = null, TimeSpan? reconnectDelay = null) =>
        new(apiBaseUrl, botToken, subscribe, reconnectDelay ?? TimeSpan.FromMilliseconds(20));

    /// <summary>The next event raised; fails unless it is <paramref name="name"/>.</summary>
    public async Task<T> NextEventAsync<T>(string name)
    {
        var (actual, payload) = await NextEventAsync();
        Assert.Equal(name, actual);
        return Assert.IsType<T>(payload);
    }

    public async Task NextEventAsync(string name) => Assert.Equal(name, (await NextEventAsync()).Name);

    public async Task<(string Name, object? Payload)> NextEventAsync() =>
        await events.Reader.ReadAsync().AsTask().WaitAsync(FakeGatewayConnection.Timeout);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Run.WaitAsync(FakeGatewayConnection.Timeout);
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }
        catch (Exception) when (Run.IsFaulted)
        {
            // It had stopped on its own (a fatal close, a refused token): that failure is what the test examined.
        }

        await services.DisposeAsync();
        stop.Dispose();
    }

    private void Record()
    {
        Client.Ready += (e, _) => Write("READY", e);
        Client.Resumed += _ => Write("RESUMED", null);
        Client.GuildCreate += (e, _) => Write("GUILD_CREATE", e);
        Client.GuildUpdate += (e, _) => Write("GUILD_UPDATE", e);
        Client.GuildDelete += (e, _) => Write("GUILD_DELETE", e);
        Client.GuildRoleCreate += (e, _) => Write("GUILD_ROLE_CREATE", e);
        Client.GuildRoleUpdate += (e, _) => Write("GUILD_ROLE_UPDATE", e);
        Client.GuildRoleDelete += (e, _) => Write("GUILD_ROLE_DELETE", e);
        Client.ChannelCreate += (e, _) => Write("CHANNEL_CREATE", e);
        Client.ChannelUpdate += (e, _) => Write("CHANNEL_UPDATE", e);
        Client.ChannelDelete += (e, _) => Write("CHANNEL_DELETE", e);
        Client.GuildMemberAdd += (e, _) => Write("GUILD_MEMBER_ADD", e);
        Client.GuildMemberUpdate += (e, _) => Write("GUILD_MEMBER_UPDATE", e);
        Client.GuildMemberRemove += (e, _) => Write("GUILD_MEMBER_REMOVE", e);
        Client.InteractionCreate += (e, _) => Write("INTERACTION_CREATE", e);
    }

    private ValueTask Write(string name, object? payload) => events.Writer.WriteAsync((name, payload));
}
