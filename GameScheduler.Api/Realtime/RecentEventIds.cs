namespace GameScheduler.Api.Realtime;

/// <summary>
/// The ids of the last few thousand events handled, so a message the broker delivers again (after a channel failure
/// before its ack) is not shown twice. Bounded: the oldest id is forgotten when a new one arrives at capacity.
/// </summary>
public sealed class RecentEventIds(int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _ids = new(capacity);
    private readonly Queue<Guid> _order = new(capacity);

    /// <summary>Remembers the id; false when it was already remembered.</summary>
    public bool Add(Guid eventId)
    {
        lock (_gate)
        {
            if (!_ids.Add(eventId))
            {
                return false;
            }

            _order.Enqueue(eventId);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
