using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace GameScheduler.Messaging;

/// <summary>
/// One channel consuming one queue with manual acknowledgements. The client's automatic recovery carries it through a
/// lost connection (it reopens the channel, re-declares what it recorded and restarts the consumer); on top of that,
/// this declares the queue's topology again once recovery succeeded, and never acknowledges a delivery of an earlier
/// connection (its tag would name another message on the new one; the broker redelivers it anyway).
/// <see cref="Lost"/> fails when something recovery does not repair happens: the broker closes only this channel or
/// cancels the consumer.
/// </summary>
internal sealed class ConsumerChannel : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly EventQueue _queue;
    private readonly IDeliveryProcessor _processor;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _queueName = "";

    // Changes whenever the channel shuts down; a delivery is acknowledged only on the incarnation that received it.
    private int _incarnation;

    private ConsumerChannel(IConnection connection, IChannel channel, EventQueue queue, IDeliveryProcessor processor,
        ILogger logger, CancellationToken stopping)
    {
        (_connection, _channel, _queue, _processor, _logger, _stopping) = (connection, channel, queue, processor, logger, stopping);
    }

    /// <summary>Completes, faulted, when the channel is lost for good and has to be replaced.</summary>
    public Task Lost => _lost.Task;

    public static async Task<ConsumerChannel> OpenAsync(IConnection connection, EventQueue queue, ushort prefetch,
        IDeliveryProcessor processor, ILogger logger, CancellationToken stopping)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: stopping);
        var consumerChannel = new ConsumerChannel(connection, channel, queue, processor, logger, stopping);
        try
        {
            await consumerChannel.StartConsumingAsync(prefetch);
            return consumerChannel;
        }
        catch
        {
            await consumerChannel.DisposeAsync();
            throw;
        }
    }

    private async Task StartConsumingAsync(ushort prefetch)
    {
        _queueName = await MessagingTopology.DeclareQueueAsync(_channel, _queue, _stopping);
        await _channel.BasicQosAsync(prefetchSize: 0, prefetch, global: false, _stopping);
        _channel.ChannelShutdownAsync += OnChannelShutdownAsync;
        _connection.QueueNameChangedAfterRecoveryAsync += OnQueueRenamedAsync;
        _connection.RecoverySucceededAsync += OnRecoveredAsync;

        var consumer = new BrokerCancellationAwareConsumer(_channel, OnCancelledByBroker);
        consumer.ReceivedAsync += OnReceivedAsync;
        await _channel.BasicConsumeAsync(_queueName, autoAck: false, consumer, _stopping);
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var incarnation = Volatile.Read(ref _incarnation);
        DeliveryOutcome outcome;
        try
        {
            outcome = await _processor.ProcessAsync(delivery, _stopping);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: left unacknowledged, the broker hands it to another consumer once this channel closes.
            return;
        }

        if (incarnation != Volatile.Read(ref _incarnation))
        {
            _logger.LogDebug("The channel of {Queue} was lost while message {MessageId} was processed; the broker redelivers it.",
                _queue.Name, delivery.BasicProperties.MessageId);
            return;
        }

        try
        {
            if (outcome == DeliveryOutcome.Rejected)
            {
                await _channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false, _stopping);
            }
            else
            {
                await _channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, _stopping);
            }
        }
        catch (Exception exception) when (exception is AlreadyClosedException or ObjectDisposedException or OperationCanceledException)
        {
            _logger.LogDebug("Could not settle message {MessageId} of {Queue} ({Reason}); the broker redelivers it.",
                delivery.BasicProperties.MessageId, _queue.Name, exception.Message);
        }
    }

    private Task OnChannelShutdownAsync(object sender, ShutdownEventArgs reason)
    {
        Interlocked.Increment(ref _incarnation);
        // Closed by this process (stopping), or with the whole connection, which automatic recovery restores.
        if (reason.Initiator == ShutdownInitiator.Application || !_connection.IsOpen) return Task.CompletedTask;

        _lost.TrySetException(new OperationInterruptedException(reason));
        return Task.CompletedTask;
    }

    private void OnCancelledByBroker() =>
        _lost.TrySetException(new InvalidOperationException(
            $"The broker cancelled the consumer of queue {_queueName} (the queue was deleted, or the node is shutting down)."));

    private Task OnQueueRenamedAsync(object sender, QueueNameChangedAfterRecoveryEventArgs args)
    {
        if (args.NameBefore == _queueName) _queueName = args.NameAfter;
        return Task.CompletedTask;
    }

    private async Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        try
        {
            await MessagingTopology.RedeclareQueueAsync(_channel, _queue, _queueName, _stopping);
            _logger.LogInformation("The broker connection recovered; consuming {Queue} again.", _queue.Name);
            await _processor.ConsumptionResumedAsync(_stopping);
        }
        catch (Exception exception) when (!_stopping.IsCancellationRequested)
        {
            _lost.TrySetException(exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _connection.QueueNameChangedAfterRecoveryAsync -= OnQueueRenamedAsync;
        _connection.RecoverySucceededAsync -= OnRecoveredAsync;
        await _channel.DisposeAsync();
    }

    /// <summary>
    /// Tells a cancellation by the broker apart: the base class reports it, and the channel's shutdown (which
    /// automatic recovery repairs), both as "unregistered".
    /// </summary>
    private sealed class BrokerCancellationAwareConsumer(IChannel channel, Action onCancelledByBroker) : AsyncEventingBasicConsumer(channel)
    {
        public override async Task HandleBasicCancelAsync(string consumerTag, CancellationToken cancellationToken = default)
        {
            await base.HandleBasicCancelAsync(consumerTag, cancellationToken);
            onCancelledByBroker();
        }
    }
}
