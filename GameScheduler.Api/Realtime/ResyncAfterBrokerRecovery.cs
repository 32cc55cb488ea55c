using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// While the broker was away, this instance's exclusive queue was gone with it, so whatever was published before the
/// connection recovered never reached it (the outbox relay may even publish its backlog before the queue is back).
/// Once the connection recovers, every open stream is told to resync.
/// </summary>
internal sealed class ResyncAfterBrokerRecovery(
    IConnection broker, ConnectionRegistry connections, ILogger<ResyncAfterBrokerRecovery> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        broker.RecoverySucceededAsync += OnRecoveredAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        broker.RecoverySucceededAsync -= OnRecoveredAsync;
        return Task.CompletedTask;
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
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
