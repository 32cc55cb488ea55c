using System.Diagnostics;
using GameScheduler.Api.Realtime;
using GameScheduler.Core.Events;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>
/// Plays the broker: hands events to the same handler the Api's consumer calls (replay append, then fan-out), one
/// at a time as the consumer does, at a fixed rate. Each event id carries the instant it was due, so a publisher that
/// falls behind shows up as latency.
/// </summary>
internal sealed class BenchPublisher(GameEventStreamHandler handler)
{
    public async Task<PublishReport> PublishAsync(int events, double ratePerSecond, int guilds, CancellationToken ct)
    {
        var handling = new double[events];
        var start = Stopwatch.GetTimestamp();
        var interval = Stopwatch.Frequency / ratePerSecond;
        for (var sequence = 0; sequence < events; sequence++)
        {
            var due = start + (long)(sequence * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            var envelope = new EventEnvelope<GameUpdated>(EventStamp.Create(sequence, due), GameUpdated.EventType,
                DateTimeOffset.UtcNow, new GameUpdated(Guid.NewGuid(), BenchUsers.GuildOfEvent(sequence, guilds)));
            var began = Stopwatch.GetTimestamp();
            await handler.HandleAsync(envelope, ct);
            handling[sequence] = Stopwatch.GetElapsedTime(began).TotalMicroseconds;
        }

        Array.Sort(handling);
        return new PublishReport(events, handling.Average(), handling[(int)(events * 0.99)]);
    }
}

/// <summary>How long the server took to handle one event (replay append plus fan-out), in microseconds.</summary>
public sealed record PublishReport(int Events, double MeanHandleMicroseconds, double P99HandleMicroseconds);
