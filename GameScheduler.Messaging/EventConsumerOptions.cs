namespace GameScheduler.Messaging;

/// <summary>Tuning of one consumer (see <c>AddEventConsumer</c>).</summary>
public sealed class EventConsumerOptions
{
    /// <summary>Deliveries the broker sends ahead of their acknowledgements.</summary>
    public ushort Prefetch { get; set; } = 32;

    /// <summary>
    /// Waits between attempts to handle an event; when the attempt after the last wait fails too, the delivery is
    /// rejected. Spread over seconds, so a short outage of what the handler depends on does not lose the event.
    /// </summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; set; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>How many event ids a <see cref="EventQueueKind.PerInstance"/> consumer remembers to skip duplicates.</summary>
    public int RecentEventCapacity { get; set; } = 10_000;
}
