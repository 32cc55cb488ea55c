namespace GameScheduler.Benchmarks.Sse.Client;

internal static class LocalPrograms
{
    /// <summary>The machine's Valkey server, or Redis, which speaks the same protocol.</summary>
    public static string Valkey() =>
        new[] { "valkey-server", "redis-server" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(directory => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Neither valkey-server nor redis-server is installed (Debian: apt-get install redis-server).");
}
