namespace GameScheduler.Discord.Gateway;

/// <summary>How the gateway client behaves; set in code (the <c>Discord</c> configuration section holds only URLs and credentials).</summary>
public sealed class GatewayClientOptions
{
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds | GatewayIntents.GuildMembers;

    /// <summary>The first reconnect delay; each further failed attempt doubles it, up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A random number in [0, 1): spreads the first heartbeat and reconnects. Replaceable so tests are deterministic.</summary>
    public Func<double> Jitter { get; set; } = Random.Shared.NextDouble;
}
