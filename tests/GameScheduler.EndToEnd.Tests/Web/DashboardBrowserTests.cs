using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>The dashboard in a real browser against the whole graph, Discord played through the emulator.</summary>
[Collection(GraphCollection.Name)]
public sealed class DashboardBrowserTests(GraphFixture graph, BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>How fast a change made anywhere must show on an open page (issue: within 2 s, without a reload).</summary>
    private static readonly LocatorAssertionsToHaveTextOptions LiveText = new() { Timeout = 2_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions LiveVisible = new() { Timeout = 2_000 };
    private static readonly TimeSpan AnnouncementTimeout = TimeSpan.FromSeconds(15);

    private readonly EmulatorControl _discord = EmulatorControl.For(graph);
    private readonly List<IBrowserContext> _contexts = [];
    private ApiSession _host = null!;

    public async Task InitializeAsync() => _host = await graph.LogInAsync(Seed.AliceOwner);

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
    public async Task Joining_in_Discord_switches_the_open_card_to_Leave_without_a_reload()
    {
        var game = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Join in Discord");
        var announcement = await _discord.WaitForAnnouncementAsync(Seed.GuildAGeneral, Id(game), AnnouncementTimeout);
        var page = await NewContextPageAsync("anna", $"/guilds/{Seed.GuildA}/games");
        var card = Card(page, game);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true })).ToBeVisibleAsync();
        var confirmedBefore = int.Parse(await card.GetByTestId("confirmed-count").InnerTextAsync());

        await _discord.ClickAsync(Seed.AnnaGuildAOnly, Seed.GuildAGeneral, Id(announcement), $"join_game:{Id(game)}");

        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Leave", Exact = true })).ToBeVisibleAsync(LiveVisible);
        await Expect(card.GetByTestId("confirmed-count")).ToHaveTextAsync($"{confirmedBefore + 1}", LiveText);
        await Screenshots.SaveAsync(page, "2-discord-join-updates-web");
    }

    [Fact]
    public async Task Joining_on_the_web_shows_Leave_at_once_and_lists_the_player_in_Discord()
    {
        var game = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Join on the web");
        await _discord.WaitForAnnouncementAsync(Seed.GuildAGeneral, Id(game), AnnouncementTimeout);
        var page = await NewContextPageAsync("carol", $"/guilds/{Seed.GuildA}/games");
        var card = Card(page, game);

        await card.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();

        // Optimistic: the button flips before the Api has answered.
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Leave", Exact = true }))
            .ToBeVisibleAsync(new() { Timeout = 1_000 });
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        while (!(await _discord.WaitForAnnouncementAsync(Seed.GuildAGeneral, Id(game), AnnouncementTimeout))
                   .GetRawText().Contains("carol", StringComparison.Ordinal))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The Discord message did not list carol within 2 s of joining on the web.");
            await Task.Delay(100);
        }

        await Screenshots.SaveAsync(page, "3-web-join-updates-discord");
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

    [Fact]
    public async Task Creating_a_game_shows_field_errors_then_the_game_appears_on_another_open_page()
    {
        var browse = await NewContextPageAsync("alice_owner", $"/guilds/{Seed.GuildA}/games");
        var form = await (await NewContextAsync()).LogInAsync(graph, "alice_owner", $"/guilds/{Seed.GuildA}/games/new");
        var title = $"Created in the browser {Guid.NewGuid():N}"[..40];

        await form.Locator("#game-title").FillAsync(title);
        await form.Locator("#game-max-players").FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = false }).ClickAsync();
        await Expect(form.Locator("#game-max-players")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("#game-max-players-helper-text")).Not.ToBeEmptyAsync();
        await Screenshots.SaveAsync(form, "5a-create-game-field-error");

        await form.Locator("#game-max-players").FillAsync("6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = false }).ClickAsync();

        await Expect(browse.GetByText(title)).ToBeVisibleAsync(LiveVisible);
        await Screenshots.SaveAsync(browse, "5b-created-game-appears-live");
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
