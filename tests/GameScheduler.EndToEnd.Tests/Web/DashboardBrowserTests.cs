using System.Globalization;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>The dashboard in a real browser against the whole graph, Discord played through the emulator.</summary>
[Collection(GraphCollection.Name)]
public sealed class DashboardBrowserTests(GraphFixture graph, BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>How fast a change made anywhere must reach the other side (within 2 s, without a reload).</summary>
    private static readonly TimeSpan LiveUpdateTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StreamOpenTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan HeldRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A created game must show up elsewhere without a reload; this bound only keeps a failure from hanging.</summary>
    private static readonly TimeSpan CreatedGameTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Not the machine's zone (UTC here), so a time that reaches the Api unconverted is caught.</summary>
    private static readonly TimeZoneInfo FormTimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Sooner than the games other tests schedule days ahead, so the test's game is on the browse page's first page.</summary>
    private static readonly TimeSpan StartsIn = TimeSpan.FromHours(3);

    private readonly EmulatorControl _discord = EmulatorControl.For(graph);
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
        var game = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Browser login game", startsIn: StartsIn);

        var page = await NewContextPageAsync("anna", "/");
        await Expect(page.GetByText("Guild A")).ToBeVisibleAsync();
        await Expect(page.GetByText("Guild B")).Not.ToBeVisibleAsync();

        await page.GotoAsync(graph.WebUrl($"/guilds/{Seed.GuildA}/games").ToString());
        await Expect(Card(page, Id(game))).ToBeVisibleAsync();
        await Expect(Card(page, Id(game)).GetByText("Browser login game")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "1-login-and-browse");
    }

    [Fact]
    public async Task Joining_in_Discord_switches_the_open_card_to_Leave_and_counts_the_player_without_a_reload()
    {
        var game = await AnnounceGameSoonAsync("Join in Discord");
        var page = await NewContextPageAsync("anna", $"/guilds/{Seed.GuildA}/games");
        var card = Card(page, game.Id);
        await Expect(MembershipButton(card, "Join")).ToBeVisibleAsync();
        var confirmedBefore = int.Parse(await card.GetByTestId("confirmed-count").InnerTextAsync());
        await ExpectLiveAsync(page);

        var click = game.ClickAsync(_discord, Seed.AnnaGuildAOnly, game.JoinButton);

        // One assertion for both, so the count and the button are checked on the same render.
        var leave = page.GetByRole(AriaRole.Button, new() { Name = "Leave", Exact = true });
        var countBesideLeave = card.Filter(new() { Has = leave }).GetByTestId("confirmed-count");
        // Polled every 100 ms: after its first second, a Playwright assertion re-checks only once a second.
        await Eventually.ReadsAsync(async () => (await countBesideLeave.AllInnerTextsAsync()).SingleOrDefault(),
            text => text == $"{confirmedBefore + 1}", LiveUpdateTimeout, "the card shows Leave and one more confirmed player");
        JoinButtonTests.AssertPrivateReply(await click, "You're in");
        await Screenshots.SaveAsync(page, "2-discord-join-updates-web");
    }

    [Fact]
    public async Task Joining_on_the_web_shows_Leave_before_the_Api_answers_and_lists_the_player_in_Discord()
    {
        var game = await AnnounceGameSoonAsync("Join on the web");
        var page = await NewContextPageAsync("carol", $"/guilds/{Seed.GuildA}/games");
        var card = Card(page, game.Id);
        var apiMayAnswer = new TaskCompletionSource();
        await page.RouteAsync($"**/api/v1/games/{game.Id}/join", async route =>
        {
            await apiMayAnswer.Task.WaitAsync(HeldRequestTimeout);
            await route.ContinueAsync();
        });

        await MembershipButton(card, "Join").ClickAsync();

        // The join request is still held back from the Api, so only an optimistic update can show Leave.
        await Expect(MembershipButton(card, "Leave")).ToBeVisibleAsync();
        apiMayAnswer.SetResult();
        await Eventually.ReadsAsync(() => game.MessageAsync(_discord),
            message => AnnouncedGame.Field(message, "Players") is { } players && players.Value.Contains("carol", StringComparison.Ordinal),
            LiveUpdateTimeout, "the Discord announcement lists carol after she joined on the web");
        await Expect(MembershipButton(card, "Leave")).ToBeVisibleAsync();
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
    public async Task Creating_a_game_shows_the_Apis_field_error_beside_the_field_then_the_game_appears_on_another_open_page()
    {
        var browse = await NewContextPageAsync("alice_owner", $"/guilds/{Seed.GuildA}/games");
        await ExpectLiveAsync(browse);
        var form = await (await NewContextAsync(new() { TimezoneId = FormTimeZone.Id }))
            .LogInAsync(graph, "alice_owner", $"/guilds/{Seed.GuildA}/games/new");
        var title = $"Created in the browser {Guid.NewGuid():N}"[..40];
        var startsAt = WholeMinute(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.Add(StartsIn), FormTimeZone));

        await form.Locator("#game-title").FillAsync(title);
        await TypeStartTimeAsync(form, startsAt);
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Channel" }).ClickAsync();
        await form.GetByRole(AriaRole.Option, new() { Name = "#game-night" }).ClickAsync();
        await form.Locator("#game-max-players").FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create game" }).ClickAsync();

        // The form checks nothing itself: the message is the Api's, mapped from its ProblemDetails to the field.
        await Expect(form.Locator("#game-max-players")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("#game-max-players-helper-text")).ToContainTextAsync("Max players must be");
        await Expect(form.Locator("#game-title")).ToHaveAttributeAsync("aria-invalid", "false");
        await Screenshots.SaveAsync(form, "5a-create-game-field-error");

        await form.Locator("#game-max-players").FillAsync("6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create game" }).ClickAsync();
        await form.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        var gameId = new Uri(form.Url).Segments[^1];

        await Expect(Card(browse, gameId).GetByText(title)).ToBeVisibleAsync(new() { Timeout = Milliseconds(CreatedGameTimeout) });
        var created = await _host.GetJsonAsync($"/api/v1/games/{gameId}");
        Assert.Equal(startsAt, created.GetProperty("scheduled_at").GetDateTimeOffset());
        await Screenshots.SaveAsync(browse, "5b-created-game-appears-live");
    }

    private async Task<AnnouncedGame> AnnounceGameSoonAsync(string title) =>
        await AnnouncedGame.CreateAsync(_host, _discord, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGameNight,
            ["title"] = title,
            ["scheduled_at"] = DateTimeOffset.UtcNow.Add(StartsIn).ToString("O"),
            ["max_players"] = 10,
        });

    /// <summary>
    /// Types into the MUI date-time field's sections (month, day, year, hours, minutes, AM/PM) as a person does; each
    /// section moves on to the next once it is full.
    /// </summary>
    private static async Task TypeStartTimeAsync(IPage form, DateTimeOffset local)
    {
        await form.GetByRole(AriaRole.Group, new() { Name = "Start time" }).GetByRole(AriaRole.Spinbutton, new() { Name = "Month" }).ClickAsync();
        var meridiem = local.Hour < 12 ? "A" : "P";
        await form.Keyboard.TypeAsync(local.ToString("MMddyyyyhhmm", CultureInfo.InvariantCulture) + meridiem);
    }

    private static DateTimeOffset WholeMinute(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMinute));

    /// <summary>Waits until the page's live-update stream is open, so a change made next cannot slip past it.</summary>
    private static Task ExpectLiveAsync(IPage page) =>
        Expect(page.GetByTestId("live-status"))
            .ToHaveAttributeAsync("data-state", "connected", new() { Timeout = Milliseconds(StreamOpenTimeout) });

    private static ILocator Card(IPage page, string gameId) => page.Locator($"[data-game-id='{gameId}']");

    private static ILocator MembershipButton(ILocator card, string name) =>
        card.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static string Id(JsonElement resource) => resource.GetProperty("id").GetString()!;

    private static float Milliseconds(TimeSpan timeout) => (float)timeout.TotalMilliseconds;

    private async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options);
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
