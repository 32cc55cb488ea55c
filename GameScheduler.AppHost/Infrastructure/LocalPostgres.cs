using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The machine's PostgreSQL server, run from a per-run data directory on an allocated port.</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username=postgres;Password={Password}");
}

/// <summary>A database on the local server; same connection string shape as Aspire's container database.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class LocalPostgresExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, RunDirectory run)
    {
        var binaries = SystemPrograms.PostgresBinDirectory();
        var dataDirectory = Path.Combine(run.Subdirectory(name), "data");
        var socketDirectory = Path.GetDirectoryName(dataDirectory)!;
        if (SystemPrograms.RunningAsRoot)
        {
            // PostgreSQL refuses to run as root.
            Process.Start("chown", ["-R", "postgres:postgres", socketDirectory])!.WaitForExit();
        }

        // exec, so the process the orchestrator holds is postgres itself and its SIGTERM stops the server. The password
        // comes from the environment through stdin, so no argument or file shows it.
        var script = $"""
            set -e
            [ -f "{dataDirectory}/PG_VERSION" ] || "{binaries}/initdb" -D "{dataDirectory}" -U postgres --auth=scram-sha-256 --pwfile=/dev/stdin -E UTF8 --no-sync >/dev/null <<EOF
            $POSTGRES_PASSWORD
            EOF
            exec "{binaries}/postgres" -D "{dataDirectory}" -p "$PGPORT" -k "{socketDirectory}" -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off
            """;
        var (command, args) = SystemPrograms.RunningAsRoot
            ? ("setpriv", new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "/bin/sh", "-c", script })
            : ("/bin/sh", new[] { "-c", script });

        var server = new LocalPostgresResource(name, command, socketDirectory, builder.AddGeneratedPassword(name));
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => server.ConnectionStringExpression.ValueExpressionForHealthCheck(),
            name: healthCheckKey);

        return builder.AddResource(server)
            .WithArgs(args)
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithEnvironment(context => context.EnvironmentVariables["POSTGRES_PASSWORD"] = server.Password)
            .WithHealthCheck(healthCheckKey);
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, name, server.Resource);
        var applicationBuilder = server.ApplicationBuilder;

        // Nothing runs for a database of its own, so it reports Running itself once it exists on the ready server.
        applicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            try
            {
                await CreateDatabaseIfMissingAsync(server.Resource, name, cancellationToken);
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                });
            }
            catch (NpgsqlException exception)
            {
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = new ResourceStateSnapshot($"{KnownResourceStates.FailedToStart}: {exception.Message}", KnownResourceStateStyles.Error),
                });
            }
        });

        var healthCheckKey = $"{name}_check";
        applicationBuilder.Services.AddHealthChecks().AddNpgSql(
            _ => database.ConnectionStringExpression.ValueExpressionForHealthCheck(),
            name: healthCheckKey);

        return applicationBuilder.AddResource(database)
            .WithParentRelationship(server)
            .WithHealthCheck(healthCheckKey);
    }

    private static async Task CreateDatabaseIfMissingAsync(
        LocalPostgresResource server, string databaseName, CancellationToken cancellationToken)
    {
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
