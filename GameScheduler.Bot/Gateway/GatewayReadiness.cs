using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// The gateway session as the bot's health check reports it: degraded until READY and while the guilds READY listed
/// are still being synced, healthy once each of them has been. A session that is still starting is not a failure, so
/// it is not reported unhealthy (which the health check service logs as an error); the bot's <c>/health</c> answers 503
/// for degraded instead, so the AppHost still waits for a synced session.
/// </summary>
internal sealed class GatewayReadiness : IHealthCheck
{
    private readonly Lock gate = new();
    private readonly HashSet<string> unsyncedGuildIds = [];
    private bool ready;

    public void SessionStarted(IEnumerable<string> guildIds)
    {
        lock (gate)
        {
            ready = true;
            unsyncedGuildIds.Clear();
            unsyncedGuildIds.UnionWith(guildIds);
        }
    }

    public void GuildSynced(string guildId)
    {
        lock (gate)
        {
            unsyncedGuildIds.Remove(guildId);
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var result = !ready ? HealthCheckResult.Degraded("Waiting for the Discord gateway's READY.")
                : unsyncedGuildIds.Count > 0 ? HealthCheckResult.Degraded($"Syncing {unsyncedGuildIds.Count} guilds.")
                : HealthCheckResult.Healthy();
            return Task.FromResult(result);
        }
    }
}
