using System.Globalization;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>The crowd and its clicks, from the pinned command line <c>--viewers= --players= --clicks-per-second= --seconds= --games=</c>.</summary>
internal sealed record CrowdSettings(int Viewers, int Players, double ClicksPerSecond, TimeSpan Duration, int Games)
{
    /// <summary>Clicks made before the measured window at the same rate, so it meets warm connection pools and compiled code.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Min(5, Duration.TotalSeconds));

    public static CrowdSettings Parse(string[] args)
    {
        var values = args.Select(arg => arg.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(pair => pair[0][2..], pair => pair[1]);
        double Value(string name, double fallback) =>
            values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var unknown = values.Keys.Except(["viewers", "players", "clicks-per-second", "seconds", "games"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown settings: {string.Join(", ", unknown)}.");
        }

        return new CrowdSettings((int)Value("viewers", 100), (int)Value("players", 50), Value("clicks-per-second", 20),
            TimeSpan.FromSeconds(Value("seconds", 30)), (int)Value("games", 1));
    }
}
