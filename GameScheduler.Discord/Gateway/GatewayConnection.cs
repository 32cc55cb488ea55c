using System.Net.WebSockets;
using System.Text.Json;
using GameScheduler.Discord.Models;
using Microsoft.Extensions.Logging;

namespace GameScheduler.Discord.Gateway;

/// <summary>
/// One connection's life: Hello, then Identify or Resume, heartbeats on their own loop, and payloads until the connection
/// ends. Dispatches are handed to <c>deliver</c> in sequence order, each once.
/// </summary>
internal sealed partial class GatewayConnection(
    GatewaySession session,
    string token,
    GatewayClientOptions options,
    TimeProvider time,
    Func<GatewayDispatch, CancellationToken, ValueTask> deliver,
    ILogger logger)
{
    private volatile bool heartbeatAcknowledged = true;
    private volatile bool zombie;
    private bool sessionLive;

    public async Task<GatewayDisconnect> RunAsync(Uri url, CancellationToken ct)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(ct);
        GatewaySocket? socket = null;
        var heartbeats = Task.CompletedTask;
        try
        {
            socket = await GatewaySocket.ConnectAsync(url, ct);
            if (await socket.ReceiveAsync(ct) is not { Op: GatewayOpcode.Hello } hello)
            {
                return new GatewayDisconnect(GatewayNextStep.Resume, "the gateway did not start with Hello", false);
            }

            var interval = TimeSpan.FromMilliseconds(hello.D.Deserialize<Hello>(DiscordJson.Options)!.HeartbeatInterval);
            heartbeats = HeartbeatAsync(socket, interval, connection);
            await StartSessionAsync(socket, ct);
            return await ReceiveAsync(socket, connection.Token);
        }
        catch (OperationCanceledException) when (zombie && !ct.IsCancellationRequested)
        {
            return new GatewayDisconnect(GatewayNextStep.Resume, "no heartbeat ACK since the previous heartbeat (zombie connection)", sessionLive);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or JsonException)
        {
            return new GatewayDisconnect(GatewayNextStep.Resume, exception.Message, sessionLive);
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeats;
            if (socket is not null && ct.IsCancellationRequested)
            {
                // Stopping for good: a normal close ends the session, so the bot shows offline at once.
                await socket.CloseAsync((int)WebSocketCloseStatus.NormalClosure, "shutting down");
            }

            socket?.Dispose();
        }
    }

    private Task StartSessionAsync(GatewaySocket socket, CancellationToken ct)
    {
        if (session.CanResume)
        {
            LogResuming(session.Sequence);
            return socket.SendAsync(GatewayOpcode.Resume, session.ResumeCommand(token), ct);
        }

        LogIdentifying(options.Intents);
        return socket.SendAsync(GatewayOpcode.Identify, new Identify(token, IdentifyProperties.Current, options.Intents), ct);
    }

    private async Task<GatewayDisconnect> ReceiveAsync(GatewaySocket socket, CancellationToken ct)
    {
        while (await socket.ReceiveAsync(ct) is { } payload)
        {
            switch (payload.Op)
            {
                case GatewayOpcode.Dispatch:
                    await AcceptDispatchAsync(payload, ct);
                    break;
                case GatewayOpcode.Heartbeat:
                    await socket.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, ct);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    heartbeatAcknowledged = true;
                    break;
                case GatewayOpcode.Reconnect:
                    await socket.CloseAsync(GatewayCloseCodes.ClientReconnecting, "reconnect requested");
                    return new GatewayDisconnect(GatewayNextStep.Resume, "Discord asked for a reconnect (op 7)", sessionLive);
                case GatewayOpcode.InvalidSession:
                    var resumable = payload.D.ValueKind == JsonValueKind.True;
                    await socket.CloseAsync(GatewayCloseCodes.ClientReconnecting, "invalid session");
                    return new GatewayDisconnect(
                        resumable ? GatewayNextStep.Resume : GatewayNextStep.Identify,
                        $"invalid session (op 9, resumable: {resumable})",
                        sessionLive);
            }
        }

        return GatewayDisconnect.FromCloseCode(socket.CloseCode, sessionLive);
    }

    private async Task AcceptDispatchAsync(GatewayPayload payload, CancellationToken ct)
    {
        if (payload.S is { } sequence && !session.Advance(sequence))
        {
            return;
        }

        var dispatch = new GatewayDispatch(payload.T ?? "", payload.D);
        switch (dispatch.Name)
        {
            case "READY":
                var ready = dispatch.Parse<ReadyEvent>();
                session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                sessionLive = true;
                LogReady(ready.User.Id, ready.Guilds.Count);
                break;
            case "RESUMED":
                sessionLive = true;
                LogResumed(session.Sequence);
                break;
        }

        await deliver(dispatch, ct);
    }

    /// <summary>
    /// First heartbeat after interval × jitter, then one per interval. A heartbeat due while the previous one is still
    /// unacknowledged means the connection is dead without saying so: close it (not with 1000/1001, which would end the
    /// session) and let the client resume.
    /// </summary>
    private async Task HeartbeatAsync(GatewaySocket socket, TimeSpan interval, CancellationTokenSource connection)
    {
        var ct = connection.Token;
        try
        {
            await Task.Delay(interval * options.Jitter(), time, ct);
            while (true)
            {
                if (!heartbeatAcknowledged)
                {
                    LogZombie(interval.TotalMilliseconds);
                    zombie = true;
                    await socket.CloseAsync(GatewayCloseCodes.ClientReconnecting, "no heartbeat ACK");
                    await connection.CancelAsync();
                    return;
                }

                heartbeatAcknowledged = false;
                await socket.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, ct);
                await Task.Delay(interval, time, ct);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is over or failing; the receive loop reports why.
        }
    }

    [LoggerMessage(LogLevel.Information, "Identifying to the Discord gateway with intents {Intents}")]
    private partial void LogIdentifying(GatewayIntents intents);

    [LoggerMessage(LogLevel.Information, "Resuming the Discord gateway session after sequence {Sequence}")]
    private partial void LogResuming(int? sequence);

    [LoggerMessage(LogLevel.Information, "Discord gateway READY as user {UserId} with {GuildCount} guilds")]
    private partial void LogReady(string userId, int guildCount);

    [LoggerMessage(LogLevel.Information, "Discord gateway session resumed at sequence {Sequence}")]
    private partial void LogResumed(int? sequence);

    [LoggerMessage(LogLevel.Warning, "No heartbeat ACK within {IntervalMs} ms; closing the zombie connection to resume")]
    private partial void LogZombie(double intervalMs);
}
