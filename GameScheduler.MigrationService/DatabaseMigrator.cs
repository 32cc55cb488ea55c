using System.Diagnostics;
using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameScheduler.MigrationService;

/// <summary>
/// Applies the EF Core migrations once, then stops the host: exit code 0 when the schema is current, 1 when it is
/// not, so the AppHost starts Api and Bot only after a successful run.
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime lifetime,
    IOptions<MigrationOptions> options,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger) : BackgroundService
{
    private static readonly ActivitySource ActivitySource = new("GameScheduler.Migrations");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var activity = ActivitySource.StartActivity("Migrate database");
        try
        {
            await MigrateWhenReachableAsync(stoppingToken);
            logger.LogInformation("The database schema is up to date.");
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            logger.LogCritical(exception, "Migrating the database failed.");
            Environment.ExitCode = 1;
        }
        lifetime.StopApplication();
    }

    private async Task MigrateWhenReachableAsync(CancellationToken stoppingToken)
    {
        var deadline = time.GetUtcNow() + options.Value.ConnectTimeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GameSchedulerDbContext>();
                // Npgsql's migrator reads the history table before creating it, and EF Core logs that failed read on a
                // new database as an error; creating the table first (IF NOT EXISTS) makes that read succeed.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(stoppingToken);
                await db.Database.MigrateAsync(stoppingToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && time.GetUtcNow() < deadline)
            {
                logger.LogWarning("The database is not reachable yet (attempt {Attempt}): {Reason}", attempt, exception.Message);
                await Task.Delay(options.Value.RetryDelay, time, stoppingToken);
            }
        }
    }
}
