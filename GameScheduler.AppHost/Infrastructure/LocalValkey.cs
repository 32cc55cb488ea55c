using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The machine's Valkey (or Redis) server on an allocated port, its data kept in the run folder.</summary>
public sealed class LocalValkeyResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)},password={Password}");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class LocalValkeyExtensions
{
    public static IResourceBuilder<LocalValkeyResource> AddLocalValkey(
        this IDistributedApplicationBuilder builder, string name, RunDirectory run)
    {
        // exec, so the orchestrator holds the server itself. The password comes from the environment through the
        // configuration the server reads on stdin ("-"), so no argument shows it. The append-only file in the working
        // folder keeps sessions through a restart of the server: restarting the cache must not log everybody out.
        var script = $"""
            exec "{SystemPrograms.RedisCompatibleServer()}" - --port "$VALKEY_PORT" --bind 127.0.0.1 --save "" --appendonly yes --appendfsync everysec <<EOF
            requirepass $VALKEY_PASSWORD
            EOF
            """;
        var cache = new LocalValkeyResource(name, "/bin/sh", run.Subdirectory(name), builder.AddGeneratedPassword(name));
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => cache.ConnectionStringExpression.ValueExpressionForHealthCheck(),
            name: healthCheckKey);

        return builder.AddResource(cache)
            .WithArgs("-c", script)
            .WithEndpoint(name: LocalValkeyResource.EndpointName, scheme: "tcp", env: "VALKEY_PORT", isProxied: false)
            .WithEnvironment(context => context.EnvironmentVariables["VALKEY_PASSWORD"] = cache.Password)
            .WithHealthCheck(healthCheckKey);
    }
}
