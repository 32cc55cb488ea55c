using Microsoft.Extensions.Options;

namespace GameScheduler.Bot.Tests.Infrastructure;

internal static class Links
{
    public const string WebBaseUrl = "https://games.example.test";

    public static WebLinks Web { get; } = new(Options.Create(new WebOptions { BaseUrl = new Uri(WebBaseUrl) }));
}
