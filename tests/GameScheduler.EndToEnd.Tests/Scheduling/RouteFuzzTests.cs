using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Every operation of the Api's OpenAPI document, driven with values no route may accept (in route ids, query values,
/// body fields and whole bodies, and in oversized headers), without a session, as a plain member and as a bot manager:
/// none answers a 5xx, and the database holds exactly what it held before. Fuzz users of their own, a few of each kind
/// taking turns, keep this traffic within the per-user limits and out of other tests' allowances.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class RouteFuzzTests(GraphFixture graph) : IAsyncLifetime
{
    private const int FixedSeed = 23;
    private const int Parallelism = 8;
    private const int UsersOfEachKind = 4;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    private readonly List<ApiSession> _members = [];
    private readonly List<ApiSession> _managers = [];
    private HttpClient _anonymous = null!;
    private Targets _mine = null!;
    private Targets _theirs = null!;

    /// <summary>The token in a fuzz member's calendar feed address.</summary>
    private string _feedToken = "";

    /// <summary>A guild's game (with one participant) and non-default template: ids the routes are driven with.</summary>
    private sealed record Targets(string GuildId, string GameId, string TemplateId, string ParticipantId);

    private sealed record Attempt(string Caller, HttpClient Client, FuzzRequest Request);

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        var emulator = EmulatorControl.For(graph);
        for (var user = 0; user < UsersOfEachKind; user++)
        {
            _members.Add(await graph.LogInAsync(await emulator.CreateUserAsync($"fuzz_member_{user}", Seed.GuildA)));
            var managerId = await emulator.CreateUserAsync($"fuzz_manager_{user}", Seed.GuildA);
            await emulator.ReplaceRolesAsync(Seed.GuildA, managerId, Seed.GameMasterRole);
            _managers.Add(await graph.LogInAsync(managerId));
        }

        using var bob = await graph.LogInAsync(Seed.BobOwner);
        _mine = await TargetsAsync(_managers[0], Seed.GuildA, Seed.GuildAGeneral);
        _theirs = await TargetsAsync(bob, Seed.GuildB, Seed.GuildBGeneral);
        var feedUrl = (await _members[0].GetJsonAsync("/api/v1/users/me/calendar")).GetProperty("feed_url").GetString()!;
        _feedToken = new Uri(feedUrl).Segments[^1].Replace(".ics", "", StringComparison.Ordinal);
        _anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = graph.App.GetEndpoint("api", "http"),
        };
        _anonymous.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
    }

    [Fact]
    public async Task Every_route_answers_hostile_input_without_a_server_error_and_changes_nothing()
    {
        var clock = Stopwatch.StartNew();
        using var client = graph.CreateHttpClient("api");
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json").WaitAsync(ApiSession.RequestTimeout);
        var operations = ApiOperation.AllOf(document);
        var values = new HostileValues(new Random(FixedSeed), OtherGuildId);
        var attempts = new List<Attempt>();
        foreach (var operation in operations)
        {
            attempts.AddRange(WithoutSession(operation, values));
            if (!IsAuthRoute(operation))
            {
                attempts.AddRange(Hostile(operation, values).Select((request, turn) => new Attempt("member", TakingTurns(_members, turn), request)));
                attempts.AddRange(Hostile(operation, values).Select((request, turn) => new Attempt("bot manager", TakingTurns(_managers, turn), request)));
            }
        }

        var before = await SnapshotAsync();
        var failures = new ConcurrentBag<string>();
        var rateLimited = 0;
        await Parallel.ForEachAsync(attempts, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (attempt, _) =>
        {
            var answer = await attempt.Request.SendAsync(attempt.Client);
            if (answer.ServerError is { } failure) failures.Add($"as {attempt.Caller}: {failure}");
            if (answer.Status == HttpStatusCode.TooManyRequests) Interlocked.Increment(ref rateLimited);
        });

        Assert.True(failures.IsEmpty,
            $"{failures.Count} of {attempts.Count} hostile requests answered a server error:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Order().Take(40)));
        // A request the rate limiter turned away never reached the validation it was meant to test.
        Assert.True(rateLimited <= attempts.Count / 100, $"{rateLimited} of {attempts.Count} hostile requests were rate limited instead of answered.");
        var changes = DatabaseSnapshot.Differences(before, await SnapshotAsync()).ToList();
        Assert.True(changes.Count == 0, $"Hostile requests changed the database:{Environment.NewLine}{string.Join(Environment.NewLine, changes)}");
        Assert.True(clock.Elapsed < Budget,
            $"{attempts.Count} requests over {operations.Count} operations took {clock.Elapsed}, beyond the {Budget} budget.");
    }

    /// <summary>Each operation once without a session, and the login routes' query values, a few (their limit is per address).</summary>
    private IEnumerable<Attempt> WithoutSession(ApiOperation operation, HostileValues values)
    {
        IEnumerable<FuzzRequest> requests = [Request(operation, "nothing", "", OwnPath(operation)) with { Body = EmptyObject(operation) }];
        if (IsAuthRoute(operation))
        {
            requests = requests.Concat(operation.QueryParameters.SelectMany(parameter => values.QueryValues(parameter, few: true)
                .Select(value => Request(operation, $"?{parameter}", value, $"{OwnPath(operation)}?{parameter}={value}"))));
        }

        return requests.Select(request => new Attempt("nobody", _anonymous, request));
    }

    private IEnumerable<FuzzRequest> Hostile(ApiOperation operation, HostileValues values)
    {
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var value in values.RouteIds(parameter))
            {
                yield return Request(operation, $"{{{parameter}}}", value, PathWith(operation, parameter, value)) with { Body = EmptyObject(operation) };
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in values.QueryValues(parameter, few: false))
            {
                yield return Request(operation, $"?{parameter}", value, $"{OwnPath(operation)}?{parameter}={value}");
            }
        }

        foreach (var field in operation.BodyFields ?? [])
        {
            foreach (var value in values.ForField(field))
            {
                yield return Request(operation, field.Name, value, OwnPath(operation)) with { Body = BodyWith(operation, field.Name, value) };
            }
        }

        if (operation.BodyFields is not null)
        {
            foreach (var (label, body, contentType) in HostileValues.MalformedBodies)
            {
                yield return Request(operation, "the body", label, OwnPath(operation)) with { Body = body, ContentType = contentType };
            }
        }

        // Kestrel takes 32 KB of headers: one just within, one beyond (431); on an unknown id, so that nothing can change.
        var unknown = operation.PathParameters.Aggregate(operation.PathTemplate, (path, parameter) => path.Replace($"{{{parameter}}}", "0"));
        foreach (var size in new[] { 24_000, 40_000 })
        {
            yield return Request(operation, "X-Fuzz header", $"{size} characters", unknown) with
            {
                Body = EmptyObject(operation),
                Header = ("X-Fuzz", new string('h', size)),
            };
        }
    }

    private static HttpClient TakingTurns(List<ApiSession> users, int turn) => users[turn % users.Count].Client;

    private static FuzzRequest Request(ApiOperation operation, string where, string value, string path) => new(operation, where, value, path);

    private static bool IsAuthRoute(ApiOperation operation) => operation.PathTemplate.StartsWith("/api/v1/auth/", StringComparison.Ordinal);

    private static byte[]? EmptyObject(ApiOperation operation) => operation.BodyFields is null ? null : "{}"u8.ToArray();

    /// <summary>A body the route would accept (where one is known), with <paramref name="field"/> set to the raw JSON <paramref name="value"/>.</summary>
    private byte[] BodyWith(ApiOperation operation, string field, string value)
    {
        var fields = new Dictionary<string, string>(AcceptedBody(operation)) { [field] = value };
        return Encoding.UTF8.GetBytes("{" + string.Join(',', fields.Select(entry => $"{JsonSerializer.Serialize(entry.Key)}:{entry.Value}")) + "}");
    }

    /// <summary>
    /// The fields that make a creation valid, so each hostile field meets the rules behind the required ones; an edit
    /// changes only what it names, so its body is just the hostile field.
    /// </summary>
    private Dictionary<string, string> AcceptedBody(ApiOperation operation) => (operation.Method.Method, operation.PathTemplate) switch
    {
        ("POST", "/api/v1/games") => new()
        {
            ["guild_id"] = JsonSerializer.Serialize(_mine.GuildId),
            ["channel_id"] = JsonSerializer.Serialize(Seed.GuildAGeneral),
            ["title"] = "\"Fuzz\"",
            ["scheduled_at"] = JsonSerializer.Serialize(DateTimeOffset.UtcNow.AddDays(2)),
        },
        ("POST", "/api/v1/guilds/{guildId}/templates") => new() { ["name"] = "\"Fuzz template\"" },
        _ => [],
    };

    private string OwnPath(ApiOperation operation) =>
        operation.PathParameters.Aggregate(operation.PathTemplate, (path, parameter) => path.Replace($"{{{parameter}}}", OwnId(parameter)));

    private string PathWith(ApiOperation operation, string parameter, string value) =>
        OwnPath(operation with { PathParameters = [.. operation.PathParameters.Where(other => other != parameter)] })
            .Replace($"{{{parameter}}}", value);

    private string OwnId(string parameter) => parameter switch
    {
        "guildId" => _mine.GuildId,
        "gameId" => _mine.GameId,
        "templateId" => _mine.TemplateId,
        "participantId" => _mine.ParticipantId,
        "feedToken" => _feedToken,
        _ => throw new InvalidOperationException($"The fuzz test has no id for the route parameter '{parameter}': name one in {nameof(OwnId)}."),
    };

    /// <summary>An id of the same kind in guild B, which neither fuzz user is in.</summary>
    private string? OtherGuildId(string name) => name.Replace("_", "").ToLowerInvariant() switch
    {
        "guildid" => _theirs.GuildId,
        "gameid" => _theirs.GameId,
        "templateid" => _theirs.TemplateId,
        "participantid" or "participantids" => _theirs.ParticipantId,
        "channelid" => Seed.GuildBGeneral,
        "userid" or "hostuserid" => Seed.BenGuildBOnly,
        var other when other.Contains("roleid", StringComparison.Ordinal) => Seed.RaidLeadRole,
        _ => null,
    };

    private static async Task<Targets> TargetsAsync(ApiSession owner, string guildId, string channelId)
    {
        var game = (await owner.CreateGameAsync(guildId, channelId, "Fuzz target")).GetProperty("id").GetString()!;
        var participant = await owner.PostJsonAsync($"/api/v1/games/{game}/participants", new { display_name = "Placeholder" });
        var template = await owner.PostJsonAsync($"/api/v1/guilds/{guildId}/templates", new { name = "Fuzz target template" });
        return new Targets(guildId, game, template.GetProperty("id").GetString()!, participant.GetProperty("id").GetString()!);
    }

    private Task<string> SnapshotAsync() =>
        DatabaseSnapshot.TakeAsync(graph, [_mine.GuildId, _theirs.GuildId], [Guid.Parse(_mine.GameId), Guid.Parse(_theirs.GameId)]);

    public Task DisposeAsync()
    {
        foreach (var user in _members.Concat(_managers)) user.Dispose();
        _anonymous.Dispose();
        return Task.CompletedTask;
    }
}
