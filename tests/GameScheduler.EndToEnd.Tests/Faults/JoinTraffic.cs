using System.Collections.Concurrent;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>
/// Players toggling their place in a game, each one in turn Join, Leave, Join…, until told to stop and their last
/// answer says where they stand (or, failing that for <see cref="SettleTimeout"/>, the test's assertions name them). A
/// refusal changes nothing, so the player asks the same again next time.
/// </summary>
public sealed class JoinTraffic
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestAnswer = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _players;

    private JoinTraffic(IEnumerable<FaultPlayer> players) => _players = [.. players.Select(player => Task.Run(() => PlayAsync(player)))];

    public static JoinTraffic Start(IEnumerable<FaultPlayer> players) => new(players);

    /// <summary>Lets each player finish on an answer that says where they stand; returns every answer, oldest first.</summary>
    public async Task<IReadOnlyList<Answer>> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_players).WaitAsync(SettleTimeout + LongestAnswer);
        return [.. _answers.OrderBy(answer => answer.AnsweredAt)];
    }

    private async Task PlayAsync(FaultPlayer player)
    {
        var join = true;
        DateTime? settleBy = null;
        while (true)
        {
            var answer = await player.ActAsync(join);
            _answers.Enqueue(answer);
            if (answer.IsDefinitive)
            {
                join = !answer.LeavesPlayerIn;
                if (_stop.IsCancellationRequested) return;
            }

            settleBy ??= _stop.IsCancellationRequested ? DateTime.UtcNow + SettleTimeout : null;
            if (DateTime.UtcNow > settleBy) return;

            await Task.Delay(Pause);
        }
    }
}
