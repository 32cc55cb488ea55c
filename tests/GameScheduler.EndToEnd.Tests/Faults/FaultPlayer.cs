using System.Diagnostics;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>One player clicking Join and Leave on one game, from Discord or from the web.</summary>
public abstract class FaultPlayer(string userId)
{
    public string UserId { get; } = userId;

    public abstract string Surface { get; }

    public async Task<Answer> ActAsync(bool join)
    {
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var (outcome, detail) = await OutcomeAsync(join);
        return new Answer(Surface, UserId, join, startedAt, startedAt + clock.Elapsed, outcome, detail);
    }

    protected abstract Task<(Outcome, string)> OutcomeAsync(bool join);
}
