using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>The gateway URL to connect to and the bot's session start limit.</summary>
    public Task<GatewayBot> GetGatewayBotAsync(CancellationToken ct) =>
        SendAsync<GatewayBot>(RestRoute.Create(HttpMethod.Get, "/gateway/bot"), null, ct);
}
