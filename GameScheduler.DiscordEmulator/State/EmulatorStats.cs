namespace GameScheduler.DiscordEmulator.State;

/// <summary>Counters that tests read to prove a client stays inside Discord's limits.</summary>
public sealed class EmulatorStats
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _requests = [];
    private readonly Dictionary<string, int> _messageEdits = [];
    private int _rateLimited;

    /// <summary>Counts one REST request under its key, "METHOD /route/{template}".</summary>
    public void RecordRequest(string routeKey)
    {
        lock (_gate)
        {
            _requests[routeKey] = _requests.GetValueOrDefault(routeKey) + 1;
        }
    }

    public void RecordRateLimited()
    {
        lock (_gate)
        {
            _rateLimited++;
        }
    }

    public void RecordMessageEdit(string messageId)
    {
        lock (_gate)
        {
            _messageEdits[messageId] = _messageEdits.GetValueOrDefault(messageId) + 1;
        }
    }

    public StatsSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new StatsSnapshot(_rateLimited, new Dictionary<string, int>(_requests), new Dictionary<string, int>(_messageEdits));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _rateLimited = 0;
            _requests.Clear();
            _messageEdits.Clear();
        }
    }
}

public sealed record StatsSnapshot(
    int RateLimited,
    IReadOnlyDictionary<string, int> Requests,
    IReadOnlyDictionary<string, int> MessageEdits);
