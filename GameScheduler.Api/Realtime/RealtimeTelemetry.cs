using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GameScheduler.Api.Realtime;

/// <summary>Traces (broker receive, SSE delivery) and metrics of the game-update streams.</summary>
public sealed class RealtimeTelemetry
{
    public const string Name = "GameScheduler.Api.Realtime";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _delivered;
    private readonly Counter<long> _cutOff;

    public RealtimeTelemetry(IMeterFactory meters, ConnectionRegistry connections)
    {
        var meter = meters.Create(Name);
        _delivered = meter.CreateCounter<long>("gamescheduler.sse.events_delivered", "{event}",
            "Events queued on a stream (one per stream that receives an event).");
        _cutOff = meter.CreateCounter<long>("gamescheduler.sse.slow_disconnects", "{connection}",
            "Streams disconnected because their client did not keep up.");
        meter.CreateObservableUpDownCounter("gamescheduler.sse.connections", () => connections.Count, "{connection}",
            "Open game-update streams on this instance.");
    }

    public void Delivered(int streams) => _delivered.Add(streams);

    public void CutOff() => _cutOff.Add(1);
}
