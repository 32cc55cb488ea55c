namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Spaces the bot's announcement writes in each channel. Discord allows 5 message writes per 5 s per channel. A quiet
/// channel takes <see cref="Burst"/> writes at once (an announcement and the first change right after it show without
/// delay), then one every <see cref="Interval"/>: at most five in any five seconds, so bursts of changes wait here and
/// are coalesced instead of running into 429s.
/// </summary>
internal sealed class ChannelPacer(TimeProvider time)
{
    public const int Burst = 2;

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.6);

    private static readonly TimeSpan BurstTolerance = Interval * (Burst - 1);

    private readonly Lock gate = new();

    /// <summary>Per channel, when its next write would be due if every write kept to the interval (GCRA's "TAT").</summary>
    private readonly Dictionary<string, DateTimeOffset> nextDue = [];

    /// <summary>Takes the channel's next free slot and waits for it.</summary>
    /// <returns>True when it had to wait (what the caller read before may have changed meanwhile).</returns>
    public async Task<bool> WaitTurnAsync(string channelId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (gate)
        {
            var due = nextDue.TryGetValue(channelId, out var next) && next > now ? next : now;
            slot = due - BurstTolerance > now ? due - BurstTolerance : now;
            nextDue[channelId] = due + Interval;
        }

        if (slot == now) return false;
        await Task.Delay(slot - now, time, ct);
        return true;
    }
}
