using System.Diagnostics;
using System.Globalization;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>The run's one <c>crowd:</c> line of <c>key=value</c> pairs (the keys are a pinned contract).</summary>
internal static class CrowdReport
{
    public static string Line(CrowdSettings settings, MeasuredWindow window, IReadOnlyList<Viewer> viewers)
    {
        var answered = window.Clicks.Where(click => click.AnsweredAt is not null).ToList();
        var discord = answered.Select(click => Milliseconds(click.SentAt, click.AnsweredAt!.Value)).ToList();
        var stream = new List<double>();
        var visible = new List<double>();
        var neverVisible = 0;
        var matched = MatchEvents(answered, window.Events);
        foreach (var (click, tapped) in matched)
        {
            foreach (var viewer in viewers)
            {
                if (viewer.ReceivedAt(tapped.Id) is not { } receivedAt)
                {
                    continue;
                }

                stream.Add(Milliseconds(click.SentAt, receivedAt));
                if (viewer.Page.Refetches(click.Game.Id, SeededGuild.Id))
                {
                    if (viewer.VisibleAt(tapped.Id, receivedAt) is { } visibleAt)
                    {
                        visible.Add(Milliseconds(click.SentAt, visibleAt));
                    }
                    else
                    {
                        neverVisible++;
                    }
                }
            }
        }

        var expected = window.Events.ToDictionary(tapped => tapped.Id, tapped => tapped.Index);
        var delivery = viewers.Select(viewer => viewer.Delivery(expected)).ToList();
        var events = Math.Max(1, window.Events.Count);
        var broker = matched.Select(pair => Milliseconds(pair.Click.SentAt, pair.Event.ArrivedAt)).ToList();
        Console.Error.WriteLine(
            $"{window.Clicks.Count} clicks measured, {answered.Count} answered, {matched.Count} matched to their event, " +
            $"{window.Events.Count} events; {neverVisible} (click, viewer) pairs never held the change; " +
            $"click → event on the broker p50 {Percentile(broker, 0.50):0} ms, p99 {Percentile(broker, 0.99):0} ms.");

        var pairs = new (string Key, string Value)[]
        {
            ("viewers", viewers.Count.ToString(CultureInfo.InvariantCulture)),
            ("clicks_per_second", Number(settings.ClicksPerSecond)),
            ("answered", answered.Count.ToString(CultureInfo.InvariantCulture)),
            ("discord_p50_ms", Number(Percentile(discord, 0.50))),
            ("discord_p99_ms", Number(Percentile(discord, 0.99))),
            ("stream_p50_ms", Number(Percentile(stream, 0.50))),
            ("stream_p99_ms", Number(Percentile(stream, 0.99))),
            ("visible_p50_ms", Number(Percentile(visible, 0.50))),
            ("visible_p99_ms", Number(Percentile(visible, 0.99))),
            ("api_requests_per_event", Number((double)window.Requests / events)),
            ("db_statements_per_event", Number((double)window.DatabaseTransactions / events)),
            ("cpu_ms_per_event_api", Number(window.Cpu["api"].TotalMilliseconds / events)),
            ("cpu_ms_per_event_bot", Number(window.Cpu["bot"].TotalMilliseconds / events)),
            ("cpu_ms_per_event_postgres", Number(window.Cpu["postgres"].TotalMilliseconds / events)),
            ("cpu_ms_per_event_rabbitmq", Number(window.Cpu["rabbitmq"].TotalMilliseconds / events)),
            ("cpu_ms_per_event_valkey", Number(window.Cpu["valkey"].TotalMilliseconds / events)),
            ("api_kb_per_stream", Number(window.StreamBytes / 1024.0 / Math.Max(1, viewers.Count))),
            ("lost", delivery.Sum(viewer => viewer.Lost).ToString(CultureInfo.InvariantCulture)),
            ("duplicated", delivery.Sum(viewer => viewer.Duplicated).ToString(CultureInfo.InvariantCulture)),
            ("out_of_order", delivery.Sum(viewer => viewer.OutOfOrder).ToString(CultureInfo.InvariantCulture)),
        };
        return "crowd: " + string.Join(' ', pairs.Select(pair => $"{pair.Key}={pair.Value}"));
    }

    /// <summary>
    /// Ties each answered click to the event its change sent: a player's clicks on a game are one at a time and
    /// alternate, so the n-th change of theirs on it that matches the click (joined or waitlisted for Join, left for
    /// Leave) is that click's. A click that changed nothing ("already in") has no event.
    /// </summary>
    private static List<(Click Click, TappedEvent Event)> MatchEvents(IReadOnlyList<Click> clicks, IReadOnlyList<TappedEvent> events)
    {
        var changes = events
            .SelectMany(tapped => tapped.Changes.Select(change => (Tapped: tapped, change.UserId, change.Change)))
            .ToLookup(change => (change.Tapped.GameId, change.UserId));
        var matched = new List<(Click, TappedEvent)>();
        foreach (var seat in clicks.GroupBy(click => (click.Game.Id, click.PlayerId)))
        {
            var ofSeat = changes[seat.Key].ToList();
            var next = 0;
            foreach (var click in seat.OrderBy(click => click.SentAt))
            {
                var found = ofSeat.FindIndex(next, change => click.Join ? change.Change is "joined" or "waitlisted" : change.Change == "left");
                if (found >= 0)
                {
                    matched.Add((click, ofSeat[found].Tapped));
                    next = found + 1;
                }
            }
        }

        return matched;
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>Nearest rank; NaN for no values.</summary>
    private static double Percentile(List<double> values, double quantile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values[Math.Max(0, (int)Math.Ceiling(quantile * values.Count) - 1)];
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
