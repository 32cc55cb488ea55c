using GameScheduler.Discord.Rest;
using GameScheduler.Discord.Rest.RateLimits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Discord.Tests.Rest;

/// <summary>
/// A <see cref="DiscordRestClient"/> wired as in production, over a <see cref="FakeDiscordApi"/> and a fake clock. Harnesses
/// given the same clock and <see cref="IGlobalRateLimitStore"/> are two processes of one application.
/// </summary>
internal sealed class RestHarness : IDisposable
{
    public const string BotToken = "test-bot-token";
    public const string ApplicationId = "1100000000000000001";

    private readonly ServiceProvider services;

    public RestHarness(FakeTimeProvider? time = null, IGlobalRateLimitStore? globalPause = null)
    {
        Time = time ?? new FakeTimeProvider();
        Api = new FakeDiscordApi(Time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = "https://discord.test/api/v10",
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApplicationId"] = ApplicationId,
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time);
        if (globalPause is not null)
        {
            collection.AddSingleton(globalPause);
        }

        collection.AddDiscordRest(configuration);
        collection.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api);
        services = collection.BuildServiceProvider();
        Client = services.GetRequiredService<DiscordRestClient>();
    }

    public FakeTimeProvider Time { get; }

    public FakeDiscordApi Api { get; }

    public DiscordRestClient Client { get; }

    /// <summary>
    /// Lets the fake clock run in steps, each once the client has done what it could (no request for
    /// <paramref name="quiet"/>), until the work completes.
    /// </summary>
    public async Task RunClockUntilAsync(Task work, TimeSpan step, TimeSpan? quiet = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!work.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "The work did not complete within 30 s of real time.");
            await Eventually.SettledAsync(() => Api.Count, quiet);
            Time.Advance(step);
        }

        await work;
    }

    public void Dispose() => services.Dispose();
}
