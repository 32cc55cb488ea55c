using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>
/// Consumes one queue for the life of the service: opens a <see cref="ConsumerChannel"/> and replaces it when it
/// cannot be opened or is lost for good. While the broker connection is down it waits for the client's automatic
/// recovery to bring it back, and starts again at once; other failures are retried after a bounded backoff.
/// </summary>
internal sealed class EventConsumer(
    EventQueue queue,
    EventConsumerOptions options,
    DeliveryProcessor processor,
    IConnection connection,
    TimeProvider time,
    ILogger<EventConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan MinRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConnectionCheckInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retryDelay = MinRetryDelay;
        var resuming = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var channel = await ConsumerChannel.OpenAsync(connection, queue, options.Prefetch, processor,
                    logger, stoppingToken);
                logger.LogInformation("Consuming {Queue}.", queue.Name);
                retryDelay = MinRetryDelay;
                if (resuming) await processor.ConsumptionResumedAsync(stoppingToken);
                resuming = true;
                await channel.Lost.WaitAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && !connection.IsOpen)
            {
                logger.LogWarning(exception, "Consuming {Queue} waits for the broker connection to recover.", queue.Name);
                await WaitForConnectionAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Consuming {Queue} stopped; trying again in {Delay}.", queue.Name, retryDelay);
                await Task.Delay(retryDelay, time, stoppingToken);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    // Reconnecting is the client's job (it retries on its own schedule); checking its state costs nothing.
    private async Task WaitForConnectionAsync(CancellationToken ct)
    {
        while (!connection.IsOpen) await Task.Delay(ConnectionCheckInterval, time, ct);
    }
}
