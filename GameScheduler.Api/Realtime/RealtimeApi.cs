using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Realtime;

public static class RealtimeApi
{
    public static IEndpointRouteBuilder MapRealtimeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/sse").WithTags("Realtime").RequireAuthorization()
            .MapGet("/game-updates", StreamGameUpdatesAsync)
            .WithName("StreamGameUpdates")
            .WithSummary("Stream game updates of the caller's servers as Server-Sent Events");
        return app;
    }

    /// <summary>
    /// Streams the changes of the caller's guilds, or of one of them, as Server-Sent Events. A reconnecting browser
    /// sends <c>Last-Event-ID</c> and first gets what it missed (or a <c>resync</c>).
    /// </summary>
    public static async Task<Results<GameUpdatesStream, NotFound>> StreamGameUpdatesAsync(
        [FromQuery(Name = "guild_id")] string? guildId,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        HttpContext context,
        IStreamAccess access,
        GameUpdatesPump pump,
        IOptions<RealtimeOptions> options,
        CancellationToken ct)
    {
        var subscriber = await access.SubscriberAsync(context, ct);
        if (guildId is not null && !subscriber.Guilds.ContainsKey(guildId))
        {
            return TypedResults.NotFound();
        }

        var connection = new SseConnection(subscriber.UserId, guildId is null ? [.. subscriber.Guilds.Keys] : [guildId],
            options.Value.ConnectionBufferSize);
        return new GameUpdatesStream(pump, connection, access, string.IsNullOrEmpty(lastEventId) ? null : lastEventId);
    }
}
