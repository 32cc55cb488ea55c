using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Joins;

/// <summary>
/// Which player joins which game, in a fixed random order: every (player, game) pair is used at most once, so
/// every join is a real roster change rather than an idempotent repeat.
/// </summary>
internal sealed class JoinPlan(IReadOnlyList<Player> players, IReadOnlyList<Guid> games)
{
    private readonly Random _random = new(20261128);
    private int _taken;
    private JoinRequest[]? _spread;

    /// <summary>The next <paramref name="count"/> unused pairs, over all the games.</summary>
    public IReadOnlyList<JoinRequest> NextSpread(int count)
    {
        _spread ??= Shuffled(players.SelectMany(player => games.Select(game => new JoinRequest(player, game))));
        if (_taken + count > _spread.Length)
        {
            throw new InvalidOperationException(
                $"{players.Count} players × {games.Count} games give {_spread.Length} distinct joins; the phases need more.");
        }

        var next = _spread[_taken..(_taken + count)];
        _taken += count;
        return next;
    }

    /// <summary>Every player joining the one game (of the plan's games, by index), in random order.</summary>
    public IReadOnlyList<JoinRequest> Everyone(int gameIndex) =>
        Shuffled(players.Select(player => new JoinRequest(player, games[gameIndex])));

    private JoinRequest[] Shuffled(IEnumerable<JoinRequest> joins)
    {
        var array = joins.ToArray();
        _random.Shuffle(array);
        return array;
    }
}
