using System.Text;
using System.Text.Json;
using GameScheduler.Api.Auth;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Writes the SSE wire format itself: <c>id:</c> and <c>data:</c> lines with no <c>event:</c> field (so the browser's
/// <c>onmessage</c> gets them) and <c>: keepalive</c> comments, which the framework's SSE result cannot write. The
/// stream ends when the client goes, when it falls too far behind, or when its session ends (logout).
/// </summary>
public sealed class GameUpdatesStream(
    SseConnection connection,
    ConnectionRegistry connections,
    SessionStore sessions,
    string sessionToken,
    TimeSpan keepAliveInterval,
    bool resync) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var ct = context.RequestAborted;

        connections.Add(connection);
        try
        {
            await response.Body.FlushAsync(ct);
            if (resync)
            {
                await WriteAsync(response, GameUpdate.Resync(), ct);
            }

            while (!ct.IsCancellationRequested)
            {
                using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(ct);
                keepAlive.CancelAfter(keepAliveInterval);
                try
                {
                    var update = await connection.Events.ReadAsync(keepAlive.Token);
                    await WriteAsync(response, update, ct);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    if (await sessions.FindAsync(sessionToken) is null)
                    {
                        return;
                    }

                    await response.WriteAsync(": keepalive\n\n", ct);
                    await response.Body.FlushAsync(ct);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Threading.Channels.ChannelClosedException
            or SseConnection.SlowConsumerException)
        {
            // The client left, fell behind or lost access: the stream simply ends.
        }
        finally
        {
            connections.Remove(connection);
        }
    }

    private static async Task WriteAsync(HttpResponse response, GameUpdate update, CancellationToken ct)
    {
        var frame = new StringBuilder()
            .Append("id: ").Append(update.EventId).Append('\n')
            .Append("data: ").Append(JsonSerializer.Serialize(update)).Append("\n\n");
        await response.WriteAsync(frame.ToString(), ct);
        await response.Body.FlushAsync(ct);
    }
}
