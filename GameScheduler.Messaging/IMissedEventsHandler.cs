namespace GameScheduler.Messaging;

/// <summary>
/// Implemented, besides <see cref="IEventHandler"/>, by the handler of a <see cref="EventQueueKind.PerInstance"/>
/// queue that must know when it may have missed events. Such a queue lives as long as its connection: after the
/// connection recovers it is a new queue, and what was published in between never reached it (the Api, for example,
/// tells its streams to resync).
/// </summary>
public interface IMissedEventsHandler
{
    Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken);
}
