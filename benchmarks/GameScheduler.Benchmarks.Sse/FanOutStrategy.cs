namespace GameScheduler.Benchmarks.Sse;

/// <summary>Which subscribers the server offers an event to.</summary>
public enum FanOutStrategy
{
    /// <summary>The Api's own: only the event's guild's subscribers, with one cached membership read per distinct user at most.</summary>
    Indexed,

    /// <summary>
    /// Every open connection, each with its own membership read: the common design the Api's fan-out replaces, run so
    /// the benchmark can show the difference side by side.
    /// </summary>
    Naive,
}
