using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>
/// PostgreSQL, Valkey and RabbitMQ each stopped and started again under a stream of joins and leaves from Discord and
/// from the web: every click and call is answered, or cleanly refused; the roster ends as the answers say, with one
/// event per change on the broker; an open stream catches up; the announcement shows the final roster; a game created
/// just after the restart is announced. With the broker
/// down nothing is refused at all: changes commit with their events, which wait in the outbox. The figures (refusals,
/// recovery times) go to the test's output.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BackingServiceRestartTests(GraphFixture graph, ITestOutputHelper output) : HostAndEmulatorTests(graph)
{
    private const int PlayersPerSurface = 3;
    private const int Seats = 20;
    private static readonly TimeSpan BeforeOutage = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AfterRestart = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(ResourceControl.Postgres)]
    [InlineData(ResourceControl.Cache)]
    [InlineData(ResourceControl.Messaging)]
    public async Task Joins_across_a_restart_are_all_answered_and_the_roster_stream_and_announcement_end_right(string service)
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, $"Through a {service} restart", maxPlayers: Seats);
        var players = await PlayersAsync(game);
        await using var stream = await ResumingStream.OpenAsync(Host);
        // A durable queue keeps the events published while no one listens, and through a broker restart.
        var eventQueue = $"faults-{service}-{Guid.NewGuid():N}";
        var updates = $"game.updated.{Seed.GuildA}";
        await (await BrokerEvents.ListenDurableAsync(Graph, eventQueue, updates)).DisposeAsync();

        var traffic = JoinTraffic.Start(players);
        await Task.Delay(BeforeOutage);
        var stopIssued = DateTime.UtcNow;
        await Graph.SetRunningAsync(service, running: false);
        await Task.Delay(Outage);
        var startIssued = DateTime.UtcNow;
        await Graph.SetRunningAsync(service, running: true);
        var healthy = DateTime.UtcNow;
        var createdAfterRestart = AnnouncedGame.CreateAsync(Host, Emulator, $"Created after a {service} restart");
        await Task.Delay(AfterRestart);
        var answers = await traffic.StopAsync();
        try
        {
            await createdAfterRestart;
            AssertEveryAnswerClean(answers);
            AssertEveryPlayerEndsOnADefinitiveAnswer(answers);
            AssertNoAnswerContradictsTheOneBefore(answers);
            var expected = answers.GroupBy(a => a.UserId).Where(a => a.Last(x => x.IsDefinitive).LeavesPlayerIn).Select(a => a.Key).Order().ToList();

            if (service == ResourceControl.Messaging)
            {
                Assert.DoesNotContain(answers, a => a.Outcome == Outcome.Refused);
            }

            var changes = Changes(answers);
            await using (var events = await BrokerEvents.ListenDurableAsync(Graph, eventQueue, updates))
            {
                await AssertOneEventPerChangeAsync(events, game, changes.Count);
            }

            var lastChangeStarted = changes.Max(change => change.StartedAt);
            await Eventually.HoldsAsync(() => Task.FromResult(stream.Received.Any(e => e.At > lastChangeStarted && Concerns(e.Event, game))),
                CatchUpTimeout, "an event (or a resync) on the stream after the last change");
            var stored = await Host.GetJsonAsync($"/api/v1/games/{game.Id}");
            var participants = stored.GetProperty("participants").GetProperty("confirmed").EnumerateArray().ToList();
            Assert.Equal(expected, participants.Select(p => p.GetProperty("user_id").GetString()!).Order().ToList());
            Assert.Empty(stored.GetProperty("participants").GetProperty("waitlisted").EnumerateArray());

            var names = participants.Select(p => p.GetProperty("display_name").GetString()!).ToList();
            await Eventually.ReadsAsync(() => game.MessageAsync(Emulator), message => ListsExactly(message, names),
                CatchUpTimeout, $"the announcement lists exactly {string.Join(", ", names)}");
            if (service == ResourceControl.Messaging)
            {
                Assert.Contains(stream.Received, e => e.At > startIssued && e.Event.Type == "resync");
            }

            WriteFigures(service, answers, stream, stopIssued, startIssued, healthy, game);
        }
        catch
        {
            output.WriteLine($"stop {stopIssued:HH:mm:ss.fff}, start {startIssued:HH:mm:ss.fff}, healthy {healthy:HH:mm:ss.fff}");
            WriteAnswers(answers, stream);
            throw;
        }
    }

    private async Task<List<FaultPlayer>> PlayersAsync(AnnouncedGame game)
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 2 * PlayersPerSurface)
            .Select(_ => Emulator.CreateUserAsync(JoinButtonTests.NewUsername("fault"), Seed.GuildA)));
        var sessions = await Task.WhenAll(users[PlayersPerSurface..].Select(user => Graph.LogInAsync(user)));
        return
        [
            .. users[..PlayersPerSurface].Select(user => new DiscordPlayer(user, Emulator, game)),
            .. sessions.Select(session => new WebPlayer(session, game.Id)),
        ];
    }

    private static void AssertEveryAnswerClean(IReadOnlyList<Answer> answers)
    {
        var broken = answers.Where(a => a.Outcome == Outcome.Broken).ToList();
        Assert.True(broken.Count == 0, "Answers that were neither an outcome nor a clean refusal:" + Environment.NewLine
            + string.Join(Environment.NewLine, broken.Select(Describe)));
    }

    private static void AssertEveryPlayerEndsOnADefinitiveAnswer(IReadOnlyList<Answer> answers)
    {
        var unsettled = answers.GroupBy(a => a.UserId).Select(player => player.Last()).Where(last => !last.IsDefinitive).ToList();
        Assert.True(unsettled.Count == 0, "Players still refused at the end:" + Environment.NewLine
            + string.Join(Environment.NewLine, unsettled.Select(Describe)));
    }

    /// <summary>A join lost or doubled shows in the next definitive answer: "not signed up" after "you're in", and so on.</summary>
    private static void AssertNoAnswerContradictsTheOneBefore(IReadOnlyList<Answer> answers)
    {
        foreach (var player in answers.GroupBy(a => a.UserId))
        {
            var definitive = player.Where(a => a.IsDefinitive).ToList();
            foreach (var (before, after) in definitive.Zip(definitive.Skip(1)))
            {
                var contradicts = after.Outcome switch
                {
                    Outcome.AlreadyIn or Outcome.Left => !before.LeavesPlayerIn,
                    Outcome.NotIn or Outcome.Joined => before.LeavesPlayerIn,
                    _ => false,
                };
                Assert.False(contradicts, $"{Describe(after)} contradicts the answer before it: {Describe(before)}");
            }
        }
    }

    /// <summary>The answers that changed the roster: each definitive answer that puts its player elsewhere than the one before.</summary>
    private static List<Answer> Changes(IReadOnlyList<Answer> answers) =>
        [.. answers.GroupBy(a => a.UserId).SelectMany(player =>
        {
            var definitive = player.Where(a => a.IsDefinitive).ToList();
            return definitive.Where((answer, i) => answer.LeavesPlayerIn != (i > 0 && definitive[i - 1].LeavesPlayerIn));
        })];

    /// <summary>Every change committed its event and the relay published it: as many distinct events as changes, no more.</summary>
    private static async Task AssertOneEventPerChangeAsync(BrokerEvents events, AnnouncedGame game, int changes)
    {
        var ids = new HashSet<string>();
        bool OfGame(BrokerEvent e) => e.Envelope.GetProperty("data").GetProperty("game_id").GetString() == game.Id;
        while (ids.Count < changes)
        {
            var next = await events.NextAsync(OfGame, CatchUpTimeout, $"event {ids.Count + 1} of {changes} for the game's changes");
            ids.Add(next.Envelope.GetProperty("id").GetString()!);
        }

        var extra = (await events.CollectAsync(TimeSpan.FromSeconds(1))).Where(OfGame)
            .Select(e => e.Envelope.GetProperty("id").GetString()!).Where(id => !ids.Contains(id)).ToList();
        Assert.True(extra.Count == 0, $"{extra.Count} events beyond the {changes} changes: {string.Join(", ", extra)}");
    }

    private static bool Concerns(SseEvent e, AnnouncedGame game) => e.Type == "resync" || e.GameId == game.Id;

    private static bool ListsExactly(JsonElement message, IReadOnlyList<string> names)
    {
        var players = AnnouncedGame.Field(message, "Players");
        if (players?.Name != $"Players ({names.Count}/{Seats})") return false;
        if (names.Count == 0) return true;
        var listed = players.Value.Value.Split('\n').Select(line => line[(line.IndexOf(". ", StringComparison.Ordinal) + 2)..]);
        return listed.Order().SequenceEqual(names.Order());
    }

    private void WriteFigures(string service, IReadOnlyList<Answer> answers, ResumingStream stream,
        DateTime stopIssued, DateTime startIssued, DateTime healthy, AnnouncedGame game)
    {
        var firstSuccess = answers.Where(a => a.AnsweredAt >= startIssued && a.IsDefinitive).Min(a => a.AnsweredAt);
        var caughtUp = stream.Received.Where(e => e.At >= startIssued && Concerns(e.Event, game)).Min(e => e.At);
        output.WriteLine(
            $"fault: service={service} down_s={(startIssued - stopIssued).TotalSeconds:0.0} start_to_healthy_s={(healthy - startIssued).TotalSeconds:0.0} "
            + $"start_to_first_success_s={(firstSuccess - startIssued).TotalSeconds:0.0} start_to_stream_event_s={(caughtUp - startIssued).TotalSeconds:0.0} "
            + string.Join(' ', answers.GroupBy(a => a.Surface).Select(surface =>
                $"{surface.Key}_calls={surface.Count()} {surface.Key}_refused={surface.Count(a => a.Outcome == Outcome.Refused)} "
                + $"{surface.Key}_broken={surface.Count(a => a.Outcome == Outcome.Broken)}"))
            + $" stream_reconnects={stream.Reconnects} stream_resyncs={stream.Received.Count(e => e.Event.Type == "resync")}");
    }

    private void WriteAnswers(IReadOnlyList<Answer> answers, ResumingStream stream)
    {
        foreach (var answer in answers) output.WriteLine(Describe(answer));
        foreach (var received in stream.Received) output.WriteLine($"{received.At:HH:mm:ss.fff} stream {received.Event.Id} {received.Event.Data}");
        foreach (var failed in stream.FailedOpens) output.WriteLine($"stream open failed: {failed}");
    }

    private static string Describe(Answer a) =>
        $"{a.StartedAt:HH:mm:ss.fff}-{a.AnsweredAt:HH:mm:ss.fff} {a.Surface} {a.UserId} {(a.Join ? "join" : "leave")}: {a.Outcome} {a.Detail}";
}
