namespace GameScheduler.Api.Realtime;

/// <summary>
/// The result of <c>GET /api/v1/sse/game-updates</c>. It writes the SSE wire format itself rather than through
/// <c>TypedResults.ServerSentEvents</c>, because that result can write neither the <c>: keepalive</c> comments the
/// contract requires nor frames that were encoded once for all their receivers.
/// </summary>
public sealed class GameUpdatesStream(GameUpdatesPump pump, SseConnection connection, IStreamAccess access, string? lastEventId)
    : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => pump.RunAsync(httpContext, connection, access, lastEventId);
}
