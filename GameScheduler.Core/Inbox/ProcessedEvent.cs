namespace GameScheduler.Core.Inbox;

/// <summary>Marks an event as handled by one consumer, so a redelivery is recognized and skipped.</summary>
public sealed class ProcessedEvent
{
    public required string Consumer { get; init; }
    public Guid EventId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
