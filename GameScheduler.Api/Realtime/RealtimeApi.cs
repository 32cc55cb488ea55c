using Microsoft.AspNetCore.Mvc;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Guilds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Realtime;

public static class RealtimeApi
{
    public static IEndpointRouteBuilder MapRealtimeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/sse").WithTags("Realtime").RequireAuthorization()
            .MapGet("/game-updates", StreamGameUpdatesAsync);
        return app;
    }

    /// <summary>
    /// Streams the changes of the caller's guilds (or of one of them) as Server-Sent Events. A reconnecting browser
    /// sends Last-Event-ID; this instance keeps no history, so it answers with <c>resync</c> and the page refetches.
    /// </summary>
    public static async Task<Results<GameUpdatesStream, NotFound>> StreamGameUpdatesAsync(
        [FromQuery(Name = "guild_id")] string? guildId, HttpContext context, GuildMembership membership, GuildQueries guilds,
        ConnectionRegistry connections,
        SessionStore sessions, IOptions<RealtimeOptions> options, CancellationToken ct)
    {
        var caller = await membership.CallerAsync(context, ct);
        var visible = (await guilds.ListAsync(caller, ct)).Select(guild => guild.Id).ToHashSet();
        if (guildId is not null && !visible.Contains(guildId))
        {
            return TypedResults.NotFound();
        }

        var connection = new SseConnection(caller.UserId, guildId is null ? visible : new HashSet<string> { guildId },
            options.Value.ConnectionBufferSize);
        var resync = context.Request.Headers.ContainsKey("Last-Event-ID");
        return new GameUpdatesStream(connection, connections, sessions, SessionAuthenticationHandler.CurrentToken(context),
            options.Value.KeepAliveInterval, resync);
    }
}
