using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The machine's Valkey (or Redis) server, in memory only, on an allocated port.</summary>
public sealed class LocalValkeyResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class LocalValkeyExtensions
{
    public static IResourceBuilder<LocalValkeyResource> AddLocalValkey(
        this IDistributedApplicationBuilder builder, string name, RunDirectory run)
    {
        var cache = new LocalValkeyResource(name, SystemPrograms.RedisCompatibleServer(), run.Subdirectory(name));
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => cache.ConnectionStringExpression.ValueExpressionForHealthCheck(),
            name: healthCheckKey);

        return builder.AddResource(cache)
            .WithEndpoint(name: LocalValkeyResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(cache.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
            })
            .WithHealthCheck(healthCheckKey);
    }
}
