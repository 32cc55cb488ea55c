using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Core;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// The host's roster tools against the real graph: the REST routes, who may use them, bad requests that change nothing,
/// and what Discord shows and tells the players afterwards.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RosterToolsTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private static readonly TimeSpan DiscordTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_host_adds_reorders_and_removes_and_discord_shows_and_tells_each_change()
    {
        var title = $"Roster night {Guid.NewGuid():N}"[..25];
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, title, maxPlayers: 1);
        var (pickId, pickName) = await NewMemberAsync("pick");

        var pick = await Host.PostJsonAsync(Participants(game.Id), new { user_id = pickId });
        var placeholder = await Host.PostJsonAsync(Participants(game.Id), new { display_name = "Cousin Vinny" });

        Assert.Equal((pickId, pickName, "HOST_ADDED"), (pick.GetProperty("user_id").GetString(), pick.GetProperty("display_name").GetString(),
            pick.GetProperty("position_type").GetString()));
        Assert.Equal(JsonValueKind.Null, placeholder.GetProperty("user_id").ValueKind);
        var added = await Host.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.Equal([pickName], Names(added, "confirmed"));
        Assert.Equal(["Cousin Vinny"], Names(added, "waitlisted"));
        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => AnnouncedGame.Field(message, "Players")?.Value.Contains(pickName, StringComparison.Ordinal) == true
                && AnnouncedGame.Field(message, "Waitlist")?.Value.Contains("Cousin Vinny", StringComparison.Ordinal) == true,
            DiscordTimeout, "the announcement lists the pick and the placeholder");

        var reordered = await Host.SendJsonAsync(HttpMethod.Put, $"{Participants(game.Id)}/order",
            new { participant_ids = new[] { Id(placeholder), Id(pick) } });
        Assert.Equal(["Cousin Vinny"], Names(reordered, "confirmed"));
        await WaitForDmAsync(pickId, "moved to the waitlist", title);

        Assert.Equal(HttpStatusCode.NoContent, await Host.StatusAsync(HttpMethod.Delete, $"{Participants(game.Id)}/{Id(placeholder)}"));
        await WaitForDmAsync(pickId, "a seat opened up", title);
        Assert.Equal([pickName], Names(await Host.GetJsonAsync($"/api/v1/games/{game.Id}"), "confirmed"));

        Assert.Equal(HttpStatusCode.NoContent, await Host.StatusAsync(HttpMethod.Delete, $"{Participants(game.Id)}/{Id(pick)}"));
        await WaitForDmAsync(pickId, "took you off the roster", title);
        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => AnnouncedGame.Field(message, "Players")?.Value.Contains(pickName, StringComparison.Ordinal) == false,
            DiscordTimeout, "the announcement no longer lists the removed player");
    }

    [Fact]
    public async Task A_plain_member_gets_403_and_a_member_of_another_guild_404_and_nothing_changes()
    {
        var game = await Host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Not yours to change", maxPlayers: 2);
        var id = game.GetProperty("id").GetString()!;
        var placeholder = await Host.PostJsonAsync(Participants(id), new { display_name = "Stays put" });
        var before = await RosterAsync(id);
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        using var ben = await Graph.LogInAsync(Seed.BenGuildBOnly);

        foreach (var (method, path, body) in RosterRequests(id, Id(placeholder)))
        {
            var (status, problem) = await SendAsync(anna, method, path, body);
            Assert.True(status == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)status} to a plain member");
            Assert.Equal(Refusals.NotHostOrManager, problem.GetProperty("detail").GetString());
            Assert.Equal(HttpStatusCode.NotFound, await ben.StatusAsync(method, path, body));
        }

        Assert.Equal(HttpStatusCode.NotFound, await ben.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildA}/members?query=a"));
        Assert.Equal(before, await RosterAsync(id));
    }

    [Fact]
    public async Task Bad_roster_requests_get_a_4xx_problem_and_change_nothing()
    {
        var game = await Host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Careful host", maxPlayers: 2);
        var id = game.GetProperty("id").GetString()!;
        var anna = await Host.PostJsonAsync(Participants(id), new { user_id = Seed.AnnaGuildAOnly });
        var vinny = await Host.PostJsonAsync(Participants(id), new { display_name = "Cousin Vinny" });
        var before = await RosterAsync(id);

        (HttpMethod Method, string Path, object Body, HttpStatusCode Status, string? Field)[] attempts =
        [
            (HttpMethod.Post, Participants(id), new { user_id = Seed.AnnaGuildAOnly }, HttpStatusCode.Conflict, null),
            (HttpMethod.Post, Participants(id), new { user_id = Seed.BenGuildBOnly }, HttpStatusCode.BadRequest, "user_id"),
            (HttpMethod.Post, Participants(id), new { user_id = Seed.CarolBothGuilds, display_name = "Both" }, HttpStatusCode.BadRequest, "user_id"),
            (HttpMethod.Post, Participants(id), new { }, HttpStatusCode.BadRequest, "display_name"),
            (HttpMethod.Put, $"{Participants(id)}/order", new { participant_ids = new[] { Id(anna) } }, HttpStatusCode.BadRequest, "participant_ids"),
            (HttpMethod.Put, $"{Participants(id)}/order", new { participant_ids = new[] { Id(anna), Id(anna) } }, HttpStatusCode.BadRequest, "participant_ids"),
            (HttpMethod.Put, $"{Participants(id)}/order", new { participant_ids = new[] { Id(anna), Guid.NewGuid().ToString() } }, HttpStatusCode.BadRequest,
                "participant_ids"),
            (HttpMethod.Delete, $"{Participants(id)}/{Guid.NewGuid()}", new { }, HttpStatusCode.NotFound, null),
        ];
        foreach (var (method, path, body, expected, field) in attempts)
        {
            var (status, problem) = await SendAsync(Host, method, path, body);
            Assert.True(status == expected, $"{method} {path} {JsonSerializer.Serialize(body)} answered {(int)status}, not {(int)expected}");
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
            if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}: {problem}");
        }

        Assert.Equal(before, await RosterAsync(id));
        Assert.Equal(Id(vinny), JsonDocument.Parse(before).RootElement.GetProperty("confirmed")[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_host_selected_game_refuses_a_self_join_on_the_web_and_in_discord()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGameNight,
            ["title"] = "Invitation only",
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            ["max_players"] = 4,
            ["signup_method"] = "HOST_SELECTED",
        });
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);

        var (status, problem) = await SendAsync(anna, HttpMethod.Post, $"/api/v1/games/{game.Id}/join", new { });
        var callback = await game.ClickAsync(Emulator, Seed.CarolBothGuilds, game.JoinButton);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(Refusals.HostSelectsPlayers, problem.GetProperty("detail").GetString());
        JoinButtonTests.AssertPrivateReply(callback, Refusals.HostSelectsPlayers);
        Assert.Equal(0, (await Host.GetJsonAsync($"/api/v1/games/{game.Id}")).GetProperty("confirmed_count").GetInt32());
        var added = await Host.PostJsonAsync(Participants(game.Id), new { user_id = Seed.CarolBothGuilds });
        Assert.Equal("HOST_ADDED", added.GetProperty("position_type").GetString());
    }

    [Fact]
    public async Task Only_a_bot_manager_names_another_member_as_host_and_only_a_member_of_the_guild()
    {
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        var (memberId, memberName) = await NewMemberAsync("cohost");

        var named = await Host.PostJsonAsync("/api/v1/games", NewGame("Hosted by a friend", memberId));
        var (byMember, refusal) = await SendAsync(anna, HttpMethod.Post, "/api/v1/games", NewGame("Hosted by someone else", memberId));
        var (outsider, invalid) = await SendAsync(Host, HttpMethod.Post, "/api/v1/games", NewGame("Hosted from afar", Seed.BenGuildBOnly));

        Assert.Equal((memberId, memberName), (named.GetProperty("host").GetProperty("user_id").GetString(),
            named.GetProperty("host").GetProperty("display_name").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, byMember);
        Assert.Equal(Refusals.OnlyManagersPickTheHost, refusal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, outsider);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("host_user_id", out _), invalid.ToString());
    }

    private static string Participants(string gameId) => $"/api/v1/games/{gameId}/participants";

    private static string Id(JsonElement participant) => participant.GetProperty("id").GetString()!;

    private static List<string?> Names(JsonElement game, string list) =>
        [.. game.GetProperty("participants").GetProperty(list).EnumerateArray().Select(p => p.GetProperty("display_name").GetString())];

    private static IEnumerable<(HttpMethod Method, string Path, object Body)> RosterRequests(string gameId, string participantId) =>
    [
        (HttpMethod.Post, Participants(gameId), new { display_name = "Sneaked in" }),
        (HttpMethod.Delete, $"{Participants(gameId)}/{participantId}", new { }),
        (HttpMethod.Put, $"{Participants(gameId)}/order", new { participant_ids = new[] { participantId } }),
    ];

    private static Dictionary<string, object> NewGame(string title, string hostUserId) => new()
    {
        ["guild_id"] = Seed.GuildA,
        ["channel_id"] = Seed.GuildAGeneral,
        ["title"] = title,
        ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        ["host_user_id"] = hostUserId,
    };

    /// <summary>A new member of guild A, once the bot's member projection (which the Api's member search reads) lists them.</summary>
    private async Task<(string UserId, string Name)> NewMemberAsync(string prefix)
    {
        var name = JoinButtonTests.NewUsername(prefix);
        var userId = await Emulator.CreateUserAsync(name, Seed.GuildA);
        await Eventually.ReadsAsync(() => Host.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/members?query={name.ToUpperInvariant()}"),
            found => found.EnumerateArray().Any(member => member.GetProperty("user_id").GetString() == userId
                && member.GetProperty("display_name").GetString() == name),
            DiscordTimeout, $"the member search finds {name}");
        return (userId, name);
    }

    /// <summary>The game's roster as the host sees it, as JSON text, to compare before and after.</summary>
    private async Task<string> RosterAsync(string gameId) =>
        (await Host.GetJsonAsync($"/api/v1/games/{gameId}")).GetProperty("participants").GetRawText();

    private Task WaitForDmAsync(string userId, string text, string title) =>
        Eventually.ReadsAsync(() => Emulator.DirectMessagesAsync(userId),
            dms => dms.Any(dm => JoinButtonTests.Content(dm) is var content
                && content.Contains(text, StringComparison.Ordinal) && content.Contains(title, StringComparison.Ordinal)),
            DiscordTimeout, $"a DM to {userId} saying '{text}' about {title}");

    private static async Task<(HttpStatusCode Status, JsonElement Problem)> SendAsync(ApiSession session, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await session.Client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);
        var text = await response.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
