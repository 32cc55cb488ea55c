namespace GameScheduler.Core.Outbox;

/// <summary>An event committed with the change it describes, waiting for the relay to publish it.</summary>
public sealed class OutboxMessage
{
    /// <summary>The event id (the envelope's <c>id</c>), which consumers deduplicate by.</summary>
    public Guid Id { get; init; }

    /// <summary>Insertion order; the relay publishes in this order.</summary>
    public long Sequence { get; init; }

    public required string Type { get; init; }
    public required string RoutingKey { get; init; }

    /// <summary>The serialized envelope, published byte for byte as the message body.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>W3C trace context of the request that caused the event, for the message headers.</summary>
    public string? Traceparent { get; init; }

    /// <summary>Set once the broker confirmed the message; null while it still has to be published.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }
}
