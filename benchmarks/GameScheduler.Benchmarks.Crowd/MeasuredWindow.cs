namespace GameScheduler.Benchmarks.Crowd;

/// <summary>What the measured clicks caused: the events published, and what the viewers and the services spent on them.</summary>
internal sealed record MeasuredWindow(
    IReadOnlyList<Click> Clicks,
    IReadOnlyList<TappedEvent> Events,
    long Requests,
    long StreamBytes,
    long DatabaseTransactions,
    IReadOnlyDictionary<string, TimeSpan> Cpu);
