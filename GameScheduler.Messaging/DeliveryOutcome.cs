namespace GameScheduler.Messaging;

internal enum DeliveryOutcome
{
    /// <summary>The handler handled the event: acknowledge.</summary>
    Handled,

    /// <summary>The event was handled before (a redelivery or a republished row): acknowledge.</summary>
    Duplicate,

    /// <summary>Unreadable, or the handler kept failing: reject without requeueing (a shared queue dead-letters it).</summary>
    Rejected,
}
