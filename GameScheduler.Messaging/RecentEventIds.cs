namespace GameScheduler.Messaging;

/// <summary>
/// In-memory deduplication for a per-instance queue, whose every copy of an event comes to this process. Bounded:
/// it forgets the oldest ids first (duplicates arrive close together: a republished batch, a redelivery).
/// </summary>
internal sealed class RecentEventIds(int capacity) : IEventDeduplication
{
    private readonly HashSet<Guid> _ids = [];
    private readonly Queue<Guid> _arrivalOrder = new();
    private readonly Lock _lock = new();

    public Task<bool> IsHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_ids.Contains(eventId));
        }
    }

    public Task MarkHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_ids.Add(eventId)) return Task.CompletedTask;

            _arrivalOrder.Enqueue(eventId);
            if (_arrivalOrder.Count > capacity) _ids.Remove(_arrivalOrder.Dequeue());
        }

        return Task.CompletedTask;
    }
}
