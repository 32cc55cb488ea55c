using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The machine's RabbitMQ broker as its own Erlang node, with its own state folder and ports.</summary>
public sealed class LocalRabbitMQResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";
    internal const string DistributionEndpointName = "dist";

    // The broker creates only this user on its first start, so it has no guest account.
    internal const string UserName = "gamescheduler";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class LocalRabbitMQExtensions
{
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, RunDirectory run)
    {
        var state = run.Subdirectory(name);
        // No plugins: the management UI stays off, so the AMQP listener is the broker's only client port.
        File.WriteAllText(Path.Combine(state, "enabled_plugins"), "[].");

        // The configuration is written at each start, readable by its owner only, from the password in the
        // environment, so no argument shows it. exec, so a SIGTERM to the process the orchestrator holds stops the broker.
        var script = $"""
            umask 077
            cat > "{state}/rabbitmq.conf" <<EOF
            log.console = true
            log.file = false
            default_user = {LocalRabbitMQResource.UserName}
            default_pass = $BROKER_PASSWORD
            EOF
            exec "{SystemPrograms.RabbitMQServer()}"
            """;
        var broker = new LocalRabbitMQResource(name, "/bin/sh", state, builder.AddGeneratedPassword(name));
        var healthCheckKey = $"{name}_check";
        IConnection? connection = null;
        builder.Services.AddHealthChecks().AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory
            {
                Uri = new Uri(broker.ConnectionStringExpression.ValueExpressionForHealthCheck()),
            }.CreateConnectionAsync(),
            name: healthCheckKey);

        return builder.AddResource(broker)
            .WithArgs("-c", script)
            .WithEndpoint(name: LocalRabbitMQResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT", isProxied: false)
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            // Must be set: the default, node port + 20000, overflows for high ports.
            .WithEndpoint(name: LocalRabbitMQResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            // Erlang distribution (how rabbitmqctl reaches the node) and the epmd it starts listen on loopback only.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment(context => context.EnvironmentVariables["BROKER_PASSWORD"] = broker.Password)
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
