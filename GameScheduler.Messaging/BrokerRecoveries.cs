using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.Messaging;

/// <summary>Tells when the broker connection next comes back from a drop (through the client's automatic recovery).</summary>
internal sealed class BrokerRecoveries : IDisposable
{
    private readonly IConnection _connection;
    private TaskCompletionSource _next = NewSource();

    public BrokerRecoveries(IConnection connection)
    {
        _connection = connection;
        connection.RecoverySucceededAsync += OnRecoveredAsync;
    }

    /// <summary>Completes at the first recovery after it was read.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Dispose() => _connection.RecoverySucceededAsync -= OnRecoveredAsync;

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
