namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Spaces the bot's announcement writes in each channel. Discord allows 5 message writes per 5 s per channel; one write
/// every <see cref="Interval"/> stays below that with room to spare, so bursts of changes wait here and are coalesced
/// instead of running into 429s.
/// </summary>
internal sealed class ChannelPacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.25);

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextFreeSlots = [];

    /// <summary>Takes the channel's next free slot and waits for it.</summary>
    /// <returns>True when it had to wait (what the caller read before may have changed meanwhile).</returns>
    public async Task<bool> WaitTurnAsync(string channelId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (gate)
        {
            slot = nextFreeSlots.TryGetValue(channelId, out var next) && next > now ? next : now;
            nextFreeSlots[channelId] = slot + Interval;
        }

        if (slot == now) return false;
        await Task.Delay(slot - now, time, ct);
        return true;
    }
}
