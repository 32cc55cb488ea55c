using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The machine's RabbitMQ broker as its own Erlang node, with its own state folder and ports.</summary>
public sealed class LocalRabbitMQResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";
    internal const string DistributionEndpointName = "dist";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    // guest/guest is accepted from localhost only, which is where the broker listens.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class LocalRabbitMQExtensions
{
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, RunDirectory run)
    {
        var state = run.Subdirectory(name);
        File.WriteAllText(Path.Combine(state, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(state, "rabbitmq.conf"), "log.console = true\nlog.file = false\n");

        var broker = new LocalRabbitMQResource(name, SystemPrograms.RabbitMQServer(), state);
        var healthCheckKey = $"{name}_check";
        IConnection? connection = null;
        builder.Services.AddHealthChecks().AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory
            {
                Uri = new Uri(broker.ConnectionStringExpression.ValueExpressionForHealthCheck()),
            }.CreateConnectionAsync(),
            name: healthCheckKey);

        return builder.AddResource(broker)
            .WithEndpoint(name: LocalRabbitMQResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT", isProxied: false)
            // Must be set: the default, node port + 20000, overflows for high ports.
            .WithEndpoint(name: LocalRabbitMQResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", $"{name}-{run.RunId}@localhost")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(state, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(state, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(state, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(state, "rabbitmq"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(state, "rabbitmq.pid"))
            .WithEnvironment("HOME", state)
            .WithHealthCheck(healthCheckKey);
    }
}
