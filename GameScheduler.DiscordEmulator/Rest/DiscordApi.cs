using GameScheduler.DiscordEmulator.Faults;
using GameScheduler.DiscordEmulator.OAuth;
using GameScheduler.DiscordEmulator.RateLimits;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>Discord's REST API v10 under /api/v10, every route behind injected outages and the rate limiter.</summary>
public static class DiscordApi
{
    public const string Prefix = "/api/v10";

    public static IEndpointRouteBuilder MapDiscordApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Prefix)
            .AddEndpointFilter<OutageFilter>()
            .AddEndpointFilter<RateLimitFilter>()
            .WithTags("Discord API v10")
            .MapGatewayApi()
            .MapChannelMessagesApi()
            .MapInteractionCallbackApi()
            .MapWebhooksApi()
            .MapUsersApi()
            .MapGuildsApi()
            .MapApplicationCommandsApi()
            .MapOAuthToken();
        app.MapFallback(Prefix + "/{**path}", () => DiscordError.NotFound);
        return app;
    }
}
