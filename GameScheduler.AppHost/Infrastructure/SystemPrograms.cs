namespace GameScheduler.AppHost.Infrastructure;

/// <summary>
/// Finds the operating system's server programs the local infrastructure runs. The test fixtures and the SSE benchmark
/// compile this file in as well, so every server they start is found the same way.
/// </summary>
internal static class SystemPrograms
{
    public static bool RunningAsRoot => Environment.UserName == "root";

    public static string PostgresBinDirectory()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(dir => File.Exists(Path.Combine(dir, "bin", "postgres")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
            : Enumerable.Empty<string>();
        return Path.Combine(versions.FirstOrDefault() ?? throw new MissingSystemPackageException("PostgreSQL", "postgresql"), "bin");
    }

    public static string RedisCompatibleServer() =>
        FindOnPath("valkey-server") ?? FindOnPath("redis-server")
        ?? throw new MissingSystemPackageException("Valkey (or Redis)", "redis-server");

    // The /usr/sbin wrappers switch user with su and change directory; the scripts they wrap do neither.
    public static string RabbitMQServer() => RabbitMQProgram("rabbitmq-server");

    public static string RabbitMQControl() => RabbitMQProgram("rabbitmqctl");

    private static string RabbitMQProgram(string program)
    {
        var script = Path.Combine("/usr/lib/rabbitmq/bin", program);
        return File.Exists(script) ? script : throw new MissingSystemPackageException("RabbitMQ", "rabbitmq-server");
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/usr/sbin")
            .Split(Path.PathSeparator)
            .Append("/usr/bin")
            .Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
