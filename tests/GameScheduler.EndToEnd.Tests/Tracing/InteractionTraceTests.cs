using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using static GameScheduler.EndToEnd.Tests.Tracing.Otlp.Span.Types;

namespace GameScheduler.EndToEnd.Tests.Tracing;

/// <summary>What the services export: one trace per user action, and none from an idle service's polls.</summary>
[Collection(TracedGraphCollection.Name)]
public sealed class InteractionTraceTests(TracedGraphFixture traced) : HostAndEmulatorTests(traced.Graph)
{
    private static readonly TimeSpan ExportTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Several polls of each kind: the schedule drain looks every second, the outbox relay every two.</summary>
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(6);

    private OtlpTraceReceiver Receiver => traced.Receiver;

    [Fact]
    public async Task A_click_on_Join_is_one_trace_from_the_bot_through_the_broker_to_the_web_stream_and_the_announcement()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Traced join");
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);

        JoinButtonTests.AssertPrivateReply(await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.JoinButton), "You're in");
        await stream.NextAsync(update => update.GameId == game.Id, ExportTimeout, "the join's update on anna's stream");

        var clicks = await Receiver.WaitUntilAsync(spans => spans.Any(span => IsClick(span, game)), ExportTimeout,
            $"bot span of the click on {game.JoinButton}");
        var traceId = clicks.Single(span => IsClick(span, game)).TraceId;
        (string What, Func<ReceivedSpan, bool> Is)[] chain =
        [
            ("the bot's query", span => span is { Service: "bot", Scope: "Npgsql" }),
            ("the relay's publish", span => span is { Scope: "GameScheduler.Messaging", Kind: SpanKind.Producer }),
            ("the Api's consume", span => span is { Service: "api", Scope: "GameScheduler.Messaging", Kind: SpanKind.Consumer }),
            ("the Api's SSE write", span => span is { Service: "api", Name: "sse deliver" }),
            ("the bot's consume", span => span is { Service: "bot", Scope: "GameScheduler.Messaging", Kind: SpanKind.Consumer }),
            ("the bot's announcement edit", span => span is { Service: "bot", Kind: SpanKind.Client }
                && span.Attribute("http.request.method") == "PATCH"
                && span.Attribute("url.full")?.Contains(game.MessageId, StringComparison.Ordinal) == true),
        ];

        try
        {
            await Receiver.WaitUntilAsync(spans => chain.All(link => spans.Any(span => span.TraceId == traceId && link.Is(span))),
                ExportTimeout, "complete trace of the click");
        }
        catch (TimeoutException)
        {
            var trace = Receiver.Spans.Where(span => span.TraceId == traceId).ToList();
            var missing = chain.Where(link => !trace.Any(link.Is)).Select(link => link.What);
            Assert.Fail($"The click's trace lacks {string.Join(", ", missing)}. It holds:{Environment.NewLine}{Describe(trace)}");
        }
    }

    [Fact]
    public async Task An_idle_bot_and_api_start_no_traces()
    {
        var idleSince = DateTimeOffset.UtcNow;
        var tracesBefore = Receiver.Spans.Select(span => span.TraceId).ToHashSet();

        // Watching, not waiting for something: an idle service has nothing to wait for.
        await Task.Delay(IdleWindow);

        // A game created after the window: once its spans from both services are here, so is everything the window left.
        var after = DateTimeOffset.UtcNow;
        await Host.CreateGameAsync(Seed.GuildA, Seed.GuildAGameNight, "Created after the idle window");
        var spans = await Receiver.WaitUntilAsync(spans => MarkerTrace(spans, after) is not null, ExportTimeout,
            "Api request creating a game after the idle window, with the bot's consume of its event");
        var marker = MarkerTrace(spans, after);

        var started = spans
            .Where(span => span.Service is "bot" or "api" && span.Start >= idleSince)
            .Where(span => !tracesBefore.Contains(span.TraceId) && span.TraceId != marker)
            .ToList();
        Assert.True(started.Count == 0, $"Idle for {IdleWindow}, the services started traces:{Environment.NewLine}{Describe(started)}");
    }

    /// <summary>The trace of a game created through the Api since <paramref name="after"/> that reached the bot, if any.</summary>
    private static string? MarkerTrace(IReadOnlyList<ReceivedSpan> spans, DateTimeOffset after) =>
        spans.Where(span => span is { Service: "api", Kind: SpanKind.Server } && span.Start >= after
                && span.Attribute("http.request.method") == "POST" && span.Attribute("url.path") == "/api/v1/games")
            .Select(span => span.TraceId)
            .FirstOrDefault(trace => spans.Any(span => span.TraceId == trace && span is { Service: "bot", Kind: SpanKind.Consumer }));

    private static bool IsClick(ReceivedSpan span, AnnouncedGame game) =>
        span is { Service: "bot", Name: "interaction component" } && span.Attribute("discord.interaction.custom_id") == game.JoinButton;

    private static string Describe(IEnumerable<ReceivedSpan> spans) =>
        string.Join(Environment.NewLine, spans.OrderBy(span => span.Start).Select(span => $"  {span}"));
}
