using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// The gateway session as the bot's health check reports it: unhealthy until READY, degraded while the guilds READY
/// listed are still being synced, healthy once each of them has been.
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
            var result = !ready ? HealthCheckResult.Unhealthy("Waiting for the Discord gateway's READY.")
                : unsyncedGuildIds.Count > 0 ? HealthCheckResult.Degraded($"Syncing {unsyncedGuildIds.Count} guilds.")
                : HealthCheckResult.Healthy();
            return Task.FromResult(result);
        }
    }
}
