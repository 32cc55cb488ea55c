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
}
