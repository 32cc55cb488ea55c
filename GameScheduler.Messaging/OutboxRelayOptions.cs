namespace GameScheduler.Messaging;

public sealed class OutboxRelayOptions
{
    public const string SectionName = "OutboxRelay";

    public int BatchSize { get; set; } = 100;

    /// <summary>The fallback poll, for commits whose notification was missed while the listener reconnected.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
