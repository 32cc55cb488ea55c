using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Discord.Tests.Emulator;

/// <summary>
/// GameScheduler.DiscordEmulator, in-process on a real loopback port (WebSockets need one), seeded with its default seed.
/// The client under test reaches it only through configured URLs, as it would reach discord.com.
/// </summary>
public sealed class EmulatorServer : WebApplicationFactory<Program>
{
    public const string BotToken = "emulator-bot-token";
    public const string ApplicationId = "1100000000000000001";
    public const string ClientSecret = "emulator-client-secret";

    public const string GuildA = "1200000000000000001";
    public const string GuildB = "1200000000000000002";
    public const string GuildAGeneral = "1210000000000000001";
    public const string GuildAGameNight = "1210000000000000002";
    public const string Carol = "1300000000000000005";
    public const string Dave = "1300000000000000006";

    public EmulatorServer()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Control = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(15) };
    }

    public Uri BaseUrl { get; }

    public Uri ApiBaseUrl => new(BaseUrl, "/api/v10");

    /// <summary>Plain HTTP to the emulator's control API (and OAuth pages), no redirects followed.</summary>
    public HttpClient Control { get; }

    /// <summary>The <c>Discord</c> section a GameScheduler service would get when pointed at this emulator.</summary>
    public IConfiguration DiscordConfiguration(string botToken = BotToken) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = ApiBaseUrl.AbsoluteUri,
            ["Discord:AuthorizeUrl"] = new Uri(BaseUrl, "/oauth2/authorize").AbsoluteUri,
            ["Discord:BotToken"] = botToken,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ClientSecret"] = ClientSecret,
        }).Build();

    public async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Control.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Emulator:HeartbeatIntervalMs", "2000");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Control.Dispose();
        }

        base.Dispose(disposing);
    }
}
