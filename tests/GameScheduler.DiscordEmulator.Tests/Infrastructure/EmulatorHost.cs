using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

/// <summary>
/// The emulator on a real Kestrel socket (port 0), so raw <see cref="System.Net.WebSockets.ClientWebSocket"/>s
/// and HTTP clients reach it exactly as the bot and the Api would.
/// </summary>
public abstract class EmulatorHost : IAsyncLifetime
{
    private readonly Factory _factory;

    protected EmulatorHost(int heartbeatIntervalMs = 41250, FakeTimeProvider? time = null)
    {
        Time = time;
        _factory = new Factory(heartbeatIntervalMs, time);
    }

    /// <summary>The clock the emulator runs on, when a test controls it.</summary>
    public FakeTimeProvider? Time { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GatewayUri => new($"ws://{BaseAddress.Authority}/gateway?v=10&encoding=json");

    public IServiceProvider Services => _factory.Services;

    public Task InitializeAsync()
    {
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        return Task.CompletedTask;
    }

    /// <summary>A client for the control API and OAuth pages, which need no credentials.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>A client for /api/v10 with <c>Authorization: Bot &lt;token&gt;</c>.</summary>
    public HttpClient CreateBotClient(string token = Seed.BotToken)
    {
        var client = CreateClient();
        client.BaseAddress = new Uri(BaseAddress, "/api/v10/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        return client;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly int _heartbeatIntervalMs;
        private readonly FakeTimeProvider? _time;

        public Factory(int heartbeatIntervalMs, FakeTimeProvider? time)
        {
            _heartbeatIntervalMs = heartbeatIntervalMs;
            _time = time;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Emulator:HeartbeatIntervalMs", _heartbeatIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (_time is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time));
            }
        }
    }
}

/// <summary>The emulator on the system clock, with Discord's default heartbeat interval.</summary>
public sealed class RealTimeEmulator() : EmulatorHost;

/// <summary>The emulator on a clock the test advances by hand.</summary>
public sealed class FakeTimeEmulator() : EmulatorHost(time: new FakeTimeProvider(DateTimeOffset.UtcNow));

/// <summary>The emulator with a 100 ms heartbeat interval, to see heartbeats kept and missed quickly.</summary>
public sealed class ShortHeartbeatEmulator() : EmulatorHost(heartbeatIntervalMs: 100);
