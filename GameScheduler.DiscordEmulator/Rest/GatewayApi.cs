using GameScheduler.DiscordEmulator.Gateway;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>GET /gateway and /gateway/bot: where the gateway is, as reached by the caller.</summary>
public static class GatewayApi
{
    private const int SessionStartTotal = 1000;
    private static readonly long SessionStartResetAfterMs = (long)TimeSpan.FromDays(1).TotalMilliseconds;

    public static RouteGroupBuilder MapGatewayApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gateway", GetGateway);
        api.MapGet("/gateway/bot", GetGatewayBot).RequireAuthorization(DiscordAuthentication.BotPolicy);
        return api;
    }

    private static Ok<GatewayInfo> GetGateway(HttpRequest request) => TypedResults.Ok(new GatewayInfo(GatewayEndpoint.UrlFor(request)));

    private static Ok<GatewayBotInfo> GetGatewayBot(HttpRequest request, GatewaySessions sessions)
    {
        var remaining = Math.Max(SessionStartTotal - sessions.IdentifyCount, 0);
        var limit = new SessionStartLimit(SessionStartTotal, remaining, SessionStartResetAfterMs, MaxConcurrency: 1);
        return TypedResults.Ok(new GatewayBotInfo(GatewayEndpoint.UrlFor(request), Shards: 1, limit));
    }

    private sealed record GatewayInfo(string Url);

    private sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

    private sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
}
