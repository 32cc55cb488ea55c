namespace GameScheduler.AppHost.Infrastructure;

/// <summary>Finds the operating system's server programs the local infrastructure runs.</summary>
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

    public static string RabbitMQServer()
    {
        // The /usr/sbin wrapper switches user with su and changes directory; the script it wraps does neither.
        const string script = "/usr/lib/rabbitmq/bin/rabbitmq-server";
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
