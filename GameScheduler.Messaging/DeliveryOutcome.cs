namespace GameScheduler.Messaging;

internal enum DeliveryOutcome
{
    /// <summary>The handlers handled the event: acknowledge.</summary>
    Handled,

    /// <summary>No handler on this queue is subscribed to the event's type: acknowledge.</summary>
    Skipped,

    /// <summary>The event was handled before (a redelivery or a republished row): acknowledge.</summary>
    Duplicate,

    /// <summary>
    /// Unreadable, its data does not fit its type, or a handler kept failing: reject without requeueing (a shared queue
    /// dead-letters it).
    /// </summary>
    Rejected,
}
