using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Rest.RateLimits;
using GameScheduler.Discord.Tests.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Discord.Tests.OAuth;

/// <summary>
/// A <see cref="DiscordOAuthClient"/> wired as in production, over a <see cref="FakeDiscordApi"/> and a fake clock; given the
/// clock and <see cref="IGlobalRateLimitStore"/> of a <see cref="RestHarness"/>, the two are processes of one application.
/// </summary>
internal sealed class OAuthHarness : IDisposable
{
    private readonly ServiceProvider services;

    public OAuthHarness(FakeTimeProvider? time = null, IGlobalRateLimitStore? globalPause = null)
    {
        Time = time ?? new FakeTimeProvider();
        Api = new FakeDiscordApi(Time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = "https://discord.test/api/v10",
            ["Discord:AuthorizeUrl"] = "https://discord.test/oauth2/authorize",
            ["Discord:ApplicationId"] = RestHarness.ApplicationId,
            ["Discord:ClientSecret"] = "client-secret",
        }).Build();
        var collection = new ServiceCollection().AddSingleton<TimeProvider>(Time);
        if (globalPause is not null)
        {
            collection.AddSingleton(globalPause);
        }

        collection.AddDiscordOAuth(configuration);
        collection.AddHttpClient<DiscordOAuthClient>().ConfigurePrimaryHttpMessageHandler(() => Api);
        services = collection.BuildServiceProvider();
        Client = services.GetRequiredService<DiscordOAuthClient>();
    }

    public FakeTimeProvider Time { get; }

    public FakeDiscordApi Api { get; }

    public DiscordOAuthClient Client { get; }

    public void Dispose() => services.Dispose();
}
