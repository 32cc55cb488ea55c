namespace GameScheduler.Messaging;

/// <summary>
/// Reacts when a <see cref="EventQueueKind.PerInstance"/> queue may have missed events (register it with
/// <see cref="EventConsumerBuilder.AddMissedEventsHandler{THandler}"/>). Such a queue lives as long as its connection:
/// after the connection recovers it is a new queue, and what was published in between never reached it (the Api, for
/// example, tells its streams to resync).
/// </summary>
public interface IMissedEventsHandler
{
    Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken);
}
