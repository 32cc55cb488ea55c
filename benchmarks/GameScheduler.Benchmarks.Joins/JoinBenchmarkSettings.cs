using System.Globalization;

namespace GameScheduler.Benchmarks.Joins;

/// <summary>The load to generate; every value can be overridden as <c>--name=value</c>.</summary>
internal sealed record JoinBenchmarkSettings
{
    /// <summary>Players created in the emulator and logged in through the Api, each with a session of their own.</summary>
    public int Users { get; init; } = 1_000;

    /// <summary>Games each spread phase joins, so joins rarely wait for one another's row lock.</summary>
    public int Games { get; init; } = 50;

    public int MaxPlayers { get; init; } = 20;

    /// <summary>Joins per second the open-loop phases offer, whatever the answers' pace.</summary>
    public double Rate { get; init; } = 500;

    /// <summary>
    /// Further rates (<c>--sweep=250,350,450</c>) the spread open loop is measured at after the main phases, so the
    /// report shows how latency changes with the load, and whether the tail shrinks at lower rates. Empty skips them.
    /// </summary>
    public IReadOnlyList<double> SweepRates { get; init; } = [250, 350, 450];

    /// <summary>How long each open-loop phase offers joins.</summary>
    public TimeSpan OpenLoopDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight at once in the closed-loop (as fast as it answers) phases.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Joins in the closed-loop spread phase.</summary>
    public int ClosedLoopJoins { get; init; } = 10_000;

    /// <summary>
    /// Joins made (unmeasured, closed loop) before the first phase, so the JIT has compiled the join's path. Together
    /// with <see cref="WarmUpOpenLoopDuration"/> about 20 s of load: on two cores the Api's JIT keeps compiling
    /// hundreds of methods a second for about that long.
    /// </summary>
    public int WarmUpJoins { get; init; } = 5_000;

    /// <summary>
    /// How long the rate is offered (unmeasured) after <see cref="WarmUpJoins"/>, so the measured open loop meets the
    /// connection pools (the load's HTTP connections, the Api's database connections) grown to what that rate holds
    /// open, as a service already taking that traffic would. 0 leaves the pools as the closed loop left them.
    /// </summary>
    public TimeSpan WarmUpOpenLoopDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Joins made while the broker is stopped; the relay's drain rate is measured on them. 0 skips the phase.</summary>
    public int BacklogJoins { get; init; } = 5_000;

    public static JoinBenchmarkSettings Parse(IEnumerable<string> arguments)
    {
        var settings = new JoinBenchmarkSettings();
        foreach (var argument in arguments)
        {
            var (name, value) = argument.Split('=', 2) is [var n, var v] ? (n.TrimStart('-'), v)
                : throw new ArgumentException($"Expected --name=value, got '{argument}'.");
            settings = name switch
            {
                "users" => settings with { Users = Int(value) },
                "games" => settings with { Games = Int(value) },
                "max-players" => settings with { MaxPlayers = Int(value) },
                "rate" => settings with { Rate = PerSecond(value) },
                "sweep" => settings with { SweepRates = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PerSecond).ToList() },
                "seconds" => settings with { OpenLoopDuration = TimeSpan.FromSeconds(Int(value)) },
                "concurrency" => settings with { Concurrency = Int(value) },
                "closed-joins" => settings with { ClosedLoopJoins = Int(value) },
                "warm-up" => settings with { WarmUpJoins = Int(value) },
                "warm-up-seconds" => settings with { WarmUpOpenLoopDuration = TimeSpan.FromSeconds(Int(value)) },
                "backlog" => settings with { BacklogJoins = Int(value) },
                _ => throw new ArgumentException($"Unknown setting '{name}'."),
            };
        }

        return settings;
    }

    private static double PerSecond(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
