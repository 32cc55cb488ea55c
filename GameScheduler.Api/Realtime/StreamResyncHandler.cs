using GameScheduler.Messaging;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// When the broker connection comes back, this instance's queue is a new one that never received what was published
/// meanwhile, so every open stream is told to resync.
/// </summary>
internal sealed class StreamResyncHandler(ConnectionRegistry connections, ILogger<StreamResyncHandler> logger) : IMissedEventsHandler
{
    public Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("The broker connection recovered; telling {Count} streams to resync.", connections.Count);
        var resync = SseFrame.Resync(position: null);
        foreach (var connection in connections.All)
        {
            connection.Offer(resync);
        }

        return Task.CompletedTask;
    }
}
