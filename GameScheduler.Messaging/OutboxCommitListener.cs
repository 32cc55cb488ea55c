using GameScheduler.Core.Data;
using GameScheduler.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GameScheduler.Messaging;

/// <summary>
/// LISTENs on the outbox's notification channel, which every transaction that adds events NOTIFYs on commit, so the
/// relay publishes within milliseconds instead of waiting for its poll. Reconnects after a dropped connection.
/// </summary>
internal sealed class OutboxCommitListener(
    IServiceScopeFactory scopes,
    OutboxCommitSignal commits,
    TimeProvider time,
    ILogger<OutboxCommitListener> logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    // A listening connection only reads; keepalives make a silently dropped one fail instead of waiting forever.
    private const int KeepAliveSeconds = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ConnectionString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => commits.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxRelayStore.NotificationChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                logger.LogDebug("Listening for outbox commits on channel {Channel}.", OutboxRelayStore.NotificationChannel);
                // Rows committed while no one listened are picked up by this wake-up.
                commits.Notify();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or System.IO.IOException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Listening for outbox commits failed ({Reason}); reconnecting.", exception.Message);
                await Task.Delay(ReconnectDelay, time, stoppingToken);
            }
        }
    }

    private string ConnectionString()
    {
        using var scope = scopes.CreateScope();
        var configured = scope.ServiceProvider.GetRequiredService<GameSchedulerDbContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database connection string is not configured.");
        return new NpgsqlConnectionStringBuilder(configured) { KeepAlive = KeepAliveSeconds }.ConnectionString;
    }
}
