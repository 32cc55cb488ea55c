using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>The dashboard in a real browser against the whole graph, Discord played through the emulator.</summary>
[Collection(GraphCollection.Name)]
public sealed class DashboardBrowserTests(GraphFixture graph, BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private ApiSession _host = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _host = await graph.LogInAsync(Seed.AliceOwner);
    }

    [Fact]
    public async Task A_member_logs_in_through_the_emulator_and_sees_the_guild_and_its_games()
    {
        var game = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Browser login game");

        var page = await NewContextPageAsync("anna", "/");
        await Expect(page.GetByText("Guild A")).ToBeVisibleAsync();
        await Expect(page.GetByText("Guild B")).Not.ToBeVisibleAsync();

        await page.GotoAsync(graph.WebUrl($"/guilds/{Seed.GuildA}/games").ToString());
        await Expect(Card(page, game)).ToBeVisibleAsync();
        await Expect(Card(page, game).GetByText("Browser login game")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "1-login-and-browse");
    }

    [Fact]
    public async Task A_member_of_guild_B_never_sees_guild_A_games_or_their_updates()
    {
        var page = await NewContextPageAsync("ben", $"/guilds/{Seed.GuildB}/games");
        var gameInA = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Guild A secret game");
        await _host.PostJsonAsync($"/api/v1/games/{Id(gameInA)}/join");

        await Expect(page.Locator($"[data-game-id='{Id(gameInA)}']")).Not.ToBeVisibleAsync(new() { Timeout = 2_000 });
        await page.GotoAsync(graph.WebUrl($"/guilds/{Seed.GuildA}/games").ToString());
        await Expect(page.GetByText("Guild A secret game")).Not.ToBeVisibleAsync();
        await page.GotoAsync(graph.WebUrl($"/games/{Id(gameInA)}").ToString());
        await Expect(page.GetByText("Guild A secret game")).Not.ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "4-guild-isolation");
    }

    private static ILocator Card(IPage page, JsonElement game) => page.Locator($"[data-game-id='{Id(game)}']");

    private static string Id(JsonElement resource) => resource.GetProperty("id").GetString()!;

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.Browser.NewContextAsync();
        _contexts.Add(context);
        return context;
    }

    private async Task<IPage> NewContextPageAsync(string username, string returnTo) =>
        await (await NewContextAsync()).LogInAsync(graph, username, returnTo);

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        _host.Dispose();
    }
}
