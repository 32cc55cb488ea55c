using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>The host's participant editor on the game page, in a real browser against the whole graph.</summary>
[Collection(GraphCollection.Name)]
public sealed class ParticipantEditorBrowserTests(GraphFixture graph, BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>How long a roster change may take to show on the page and in the Api; only keeps a failure from hanging.</summary>
    private static readonly TimeSpan RosterTimeout = TimeSpan.FromSeconds(10);

    private ApiSession _host = null!;
    private ApiSession _anna = null!;
    private IBrowserContext? _context;

    private sealed record Player(string Id, string Name);

    /// <summary>The confirmed players and the waitlist, as participant ids in order.</summary>
    private sealed record RosterIds(string[] Confirmed, string[] Waitlisted)
    {
        public bool SameAs(RosterIds other) => Confirmed.SequenceEqual(other.Confirmed) && Waitlisted.SequenceEqual(other.Waitlisted);

        public override string ToString() => $"[{string.Join(", ", Confirmed)}] waitlist [{string.Join(", ", Waitlisted)}]";
    }

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _host = await graph.LogInAsync(Seed.AliceOwner);
        _anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
    }

    [Fact]
    public async Task The_host_adds_a_member_and_a_placeholder_moves_a_player_and_removes_one_and_the_Api_agrees_at_each_step()
    {
        var gameId = (await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Roster editor game", maxPlayers: 2))
            .GetProperty("id").GetString()!;
        await _anna.PostJsonAsync($"/api/v1/games/{gameId}/join");
        _context = await browser.Browser.NewContextAsync();
        var page = await _context.LogInAsync(graph, "alice_owner", $"/games/{gameId}");
        await ExpectRosterAsync(page, gameId, "anna");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Add a member" }).FillAsync("car");
        await page.GetByRole(AriaRole.Option, new() { Name = "carol", Exact = true }).ClickAsync();
        await ExpectRosterAsync(page, gameId, "anna", "carol");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Placeholder name" }).FillAsync("Guest from the forum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add placeholder" }).ClickAsync();
        var roster = await ExpectRosterAsync(page, gameId, "anna", "carol", "Guest from the forum");

        // The last in the order moves up one place: across to the confirmed list when it was first on the waitlist.
        var last = roster[^1];
        await page.GetByRole(AriaRole.Button, new() { Name = $"Move {last.Name} up", Exact = true }).ClickAsync();
        var moved = await ExpectRosterAsync(page, gameId, "anna", "carol", "Guest from the forum");
        Assert.Equal(roster.Count - 2, moved.FindIndex(player => player.Id == last.Id));

        var removed = moved[0];
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove {removed.Name}", Exact = true }).ClickAsync();
        var remaining = await ExpectRosterAsync(page, gameId,
            [.. moved.Where(player => player.Id != removed.Id).Select(player => player.Name)]);
        Assert.DoesNotContain(remaining, player => player.Id == removed.Id);
        await Screenshots.SaveAsync(page, "6-participant-editor");
    }

    /// <summary>
    /// Waits until the Api's roster holds exactly <paramref name="names"/> and the page shows the same players, each in
    /// the same list and place; returns the roster in order, confirmed first.
    /// </summary>
    private async Task<List<Player>> ExpectRosterAsync(IPage page, string gameId, params string[] names)
    {
        var (api, _) = await Eventually.ReadsAsync(
            async () => (Api: await ApiRosterAsync(gameId), Page: await PageRosterAsync(page)),
            rosters => rosters.Api.Players.Select(player => player.Name).Order().SequenceEqual(names.Order())
                && rosters.Api.Ids.SameAs(rosters.Page),
            RosterTimeout, $"the page and the Api both show the roster {string.Join(", ", names)}");
        return api.Players;
    }

    private async Task<(List<Player> Players, RosterIds Ids)> ApiRosterAsync(string gameId)
    {
        var participants = (await _host.GetJsonAsync($"/api/v1/games/{gameId}")).GetProperty("participants");
        var confirmed = Players(participants.GetProperty("confirmed"));
        var waitlisted = Players(participants.GetProperty("waitlisted"));
        return ([.. confirmed, .. waitlisted], new RosterIds(Ids(confirmed), Ids(waitlisted)));
    }

    private static async Task<RosterIds> PageRosterAsync(IPage page) =>
        new(await PageListAsync(page, "Confirmed"), await PageListAsync(page, "Waitlist"));

    private static Task<string[]> PageListAsync(IPage page, string title) =>
        page.GetByRole(AriaRole.List, new() { Name = title, Exact = true })
            .Locator("[data-participant-id]")
            .EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.participantId)");

    private static List<Player> Players(JsonElement list) =>
        [.. list.EnumerateArray().Select(player => new Player(player.GetProperty("id").GetString()!, player.GetProperty("display_name").GetString()!))];

    private static string[] Ids(List<Player> players) => [.. players.Select(player => player.Id)];

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        _host.Dispose();
        _anna.Dispose();
    }
}
