namespace GameScheduler.Benchmarks.Sse;

/// <summary>The synthetic population: user <c>u{i}</c> is a member of guild <c>g{i mod guilds}</c> only; event k goes to guild <c>g{k mod guilds}</c>.</summary>
public static class BenchUsers
{
    public const string Header = "X-Bench-User";

    public static string User(int index) => $"u{index}";

    public static string GuildOf(int userIndex, int guilds) => $"g{userIndex % guilds}";

    public static string GuildOfEvent(long sequence, int guilds) => $"g{sequence % guilds}";

    public static int IndexOf(string userId) => int.Parse(userId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
