namespace GameScheduler.Messaging;

/// <summary>Tuning of the outbox relay (configuration section <c>OutboxRelay</c>).</summary>
public sealed class OutboxRelayOptions
{
    public const string SectionName = "OutboxRelay";

    /// <summary>Rows published per database transaction (and per round of broker confirms).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The fallback poll, for commits whose notification was missed while the listener reconnected.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the broker may take to confirm a batch before the relay counts it as failed.</summary>
    public TimeSpan ConfirmTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long sent events, and the consumers' records of the events they handled, are kept before they are purged.
    /// An event comes again after a lost acknowledgement or confirm as soon as a consumer or relay runs again, so only
    /// a consumer down for longer than this could handle one twice.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often what is past its <see cref="Retention"/> is purged (also once at start).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
