using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Runs one stream from open to end: replays what a reconnecting client missed, then writes queued frames as they come
/// (at most once per <see cref="RealtimeOptions.MinWriteInterval"/>, all that queued meanwhile in one write) and a
/// keepalive comment whenever the stream was silent for <see cref="RealtimeOptions.KeepAliveInterval"/>, and
/// re-checks access every <see cref="RealtimeOptions.AccessCheckInterval"/>. The stream ends when the client leaves,
/// falls behind (it is cut off), its session ends, or the Api stops (so a stop does not wait out the shutdown timeout
/// for streams that never end on their own; browsers reconnect to another instance and catch up).
/// </summary>
public sealed class GameUpdatesPump(
    ConnectionRegistry connections,
    ReplayBuffer replay,
    RealtimeTelemetry telemetry,
    IOptions<RealtimeOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<GameUpdatesPump> logger)
{
    public async Task RunAsync(HttpContext context, SseConnection connection, IStreamAccess access, string? lastEventId)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, connection.CutOff, lifetime.ApplicationStopping);
        var ct = ended.Token;
        // Registered before catching up, so nothing published meanwhile falls between replay and live delivery.
        connections.Add(connection);
        try
        {
            await response.StartAsync(ct);
            var replayed = lastEventId is null ? [] : await CatchUpAsync(response.BodyWriter, connection, lastEventId, ct);
            await response.BodyWriter.FlushAsync(ct);
            await PumpAsync(context, connection, access, replayed, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client left, was cut off for falling behind, or the Api is stopping.
        }
        finally
        {
            connections.Remove(connection);

            if (connection.CutOff.IsCancellationRequested)
            {
                telemetry.CutOff();
                logger.LogInformation("Disconnected a stream of user {UserId} that fell behind.", connection.UserId);
                context.Abort();
            }
        }
    }

    /// <summary>Writes the missed events, or a resync; returns the ids written, which live delivery then skips.</summary>
    private async Task<HashSet<string>> CatchUpAsync(PipeWriter body, SseConnection connection, string lastEventId, CancellationToken ct)
    {
        Replay missed;
        try
        {
            missed = await replay.ReadAfterAsync(lastEventId, connection.GuildIds, ct);
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Could not read the replay buffer; telling the client to resync.");
            body.Write(SseFrame.Resync(position: null).Utf8.Span);
            return [];
        }

        if (missed.MustResync)
        {
            body.Write(SseFrame.Resync(missed.Head).Utf8.Span);
            return [];
        }

        foreach (var update in missed.Missed)
        {
            body.Write(SseFrame.For(update).Utf8.Span);
        }

        return [.. missed.Missed.Select(update => update.EventId)];
    }

    private async Task PumpAsync(
        HttpContext context, SseConnection connection, IStreamAccess access, HashSet<string> replayed, CancellationToken ct)
    {
        var settings = options.Value;
        var body = context.Response.BodyWriter;
        var nextKeepAlive = time.GetUtcNow() + settings.KeepAliveInterval;
        var nextCheck = time.GetUtcNow() + settings.AccessCheckInterval;
        var nextWrite = DateTimeOffset.MinValue;
        Task<bool>? framesReady = null;
        while (true)
        {
            framesReady ??= connection.Frames.WaitToReadAsync(ct).AsTask();
            if (await FirstAsync(framesReady, Min(nextKeepAlive, nextCheck)))
            {
                if (!await framesReady)
                {
                    return;
                }

                framesReady = null;
                if (nextWrite - time.GetUtcNow() is var hold && hold > TimeSpan.Zero)
                {
                    await Task.Delay(hold, time, ct);
                }

                WriteQueued(body, connection, replayed);
                await body.FlushAsync(ct);
                nextWrite = time.GetUtcNow() + settings.MinWriteInterval;
                nextKeepAlive = time.GetUtcNow() + settings.KeepAliveInterval;
            }

            var now = time.GetUtcNow();
            if (now >= nextCheck)
            {
                if (!await StillAllowedAsync(context, connection, access, ct))
                {
                    return;
                }

                nextCheck = now + settings.AccessCheckInterval;
            }

            if (now >= nextKeepAlive)
            {
                body.Write(SseFrame.KeepAlive.Utf8.Span);
                await body.FlushAsync(ct);
                nextKeepAlive = now + settings.KeepAliveInterval;
            }
        }
    }

    /// <summary>True when <paramref name="framesReady"/> completed before <paramref name="deadline"/>.</summary>
    private async Task<bool> FirstAsync(Task<bool> framesReady, DateTimeOffset deadline)
    {
        var delay = deadline - time.GetUtcNow();
        if (framesReady.IsCompleted || delay <= TimeSpan.Zero)
        {
            return framesReady.IsCompleted;
        }

        // Cancelled once frames win, so a busy stream leaves no timers behind.
        using var timer = new CancellationTokenSource();
        var first = await Task.WhenAny(framesReady, Task.Delay(delay, time, timer.Token));
        await timer.CancelAsync();
        return first == framesReady;
    }

    private static void WriteQueued(PipeWriter body, SseConnection connection, HashSet<string> replayed)
    {
        while (connection.Frames.TryRead(out var frame))
        {
            if (frame.EventId is { } id && replayed.Remove(id))
            {
                continue;
            }

            body.Write(frame.Utf8.Span);
        }
    }

    /// <summary>Ends the stream (false) when its session ended; drops guilds its user is no longer in.</summary>
    private async Task<bool> StillAllowedAsync(HttpContext context, SseConnection connection, IStreamAccess access, CancellationToken ct)
    {
        IReadOnlySet<string>? guildIds;
        try
        {
            guildIds = await access.RecheckAsync(context, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Access that cannot be confirmed is not assumed: the client reconnects and is checked afresh.
            logger.LogWarning(exception, "Could not re-check the stream of user {UserId}; ending it.", connection.UserId);
            return false;
        }

        if (guildIds is null)
        {
            return false;
        }

        foreach (var lost in connection.GuildIds.Where(guildId => !guildIds.Contains(guildId)))
        {
            connections.Unsubscribe(connection, lost);
        }

        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
