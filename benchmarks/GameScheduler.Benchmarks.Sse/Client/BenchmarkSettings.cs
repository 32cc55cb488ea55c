using System.Globalization;

namespace GameScheduler.Benchmarks.Sse.Client;

/// <summary>The load to generate; every value can be overridden as <c>--name=value</c>.</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Open connections per run.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [100, 1_000, 10_000];

    /// <summary>Subscribers per guild, the same in every run, so an event's audience does not grow with the total.</summary>
    public int PerGuild { get; init; } = 50;

    /// <summary>Events published per second.</summary>
    public double Rate { get; init; } = 50;

    /// <summary>Events published in each measured run.</summary>
    public int Events { get; init; } = 500;

    public IReadOnlyList<FanOutStrategy> Strategies { get; init; } = [FanOutStrategy.Indexed, FanOutStrategy.Naive];

    /// <summary>
    /// From this many connections on, streams share HTTP/2 connections: one process may hold at most about 20,000 open
    /// files here, so 20,000 HTTP/1.1 streams cannot be held (browsers multiplex EventSource over HTTP/2 the same way).
    /// </summary>
    public int Http2From { get; init; } = 15_000;

    public static BenchmarkSettings Parse(IEnumerable<string> arguments)
    {
        var settings = new BenchmarkSettings();
        foreach (var argument in arguments)
        {
            var (name, value) = argument.Split('=', 2) is [var n, var v] ? (n.TrimStart('-'), v)
                : throw new ArgumentException($"Expected --name=value, got '{argument}'.");
            settings = name switch
            {
                "sizes" => settings with { Sizes = [.. value.Split(',').Select(Int)] },
                "per-guild" => settings with { PerGuild = Int(value) },
                "rate" => settings with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                "events" => settings with { Events = Int(value) },
                "strategies" => settings with { Strategies = [.. value.Split(',').Select(Enum.Parse<FanOutStrategy>)] },
                "http2-from" => settings with { Http2From = Int(value) },
                _ => throw new ArgumentException($"Unknown setting '{name}'."),
            };
        }

        return settings;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
