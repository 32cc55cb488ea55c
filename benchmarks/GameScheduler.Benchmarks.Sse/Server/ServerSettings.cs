using System.Globalization;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>What one server process runs with; passed from the load generator as command-line arguments.</summary>
public sealed record ServerSettings(int Port, string Valkey, FanOutStrategy Strategy, int Guilds, bool Http2)
{
    public const string ServerFlag = "--server";

    public IEnumerable<string> ToArguments() =>
    [
        ServerFlag, Port.ToString(CultureInfo.InvariantCulture), Valkey, Strategy.ToString(),
        Guilds.ToString(CultureInfo.InvariantCulture), Http2.ToString(),
    ];

    public static ServerSettings Parse(string[] arguments) => new(
        int.Parse(arguments[1], CultureInfo.InvariantCulture), arguments[2], Enum.Parse<FanOutStrategy>(arguments[3]),
        int.Parse(arguments[4], CultureInfo.InvariantCulture), bool.Parse(arguments[5]));
}
