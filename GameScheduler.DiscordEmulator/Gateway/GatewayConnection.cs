using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>
/// One gateway WebSocket: Hello, heartbeats and their ACKs, Identify or Resume, and the frames of
/// the session it carries. Frames go out through a queue drained by a single writer, because a
/// WebSocket allows one send at a time and dispatches arrive from any thread.
/// </summary>
public sealed partial class GatewayConnection(
    WebSocket socket,
    HttpContext http,
    string resumeGatewayUrl,
    GatewaySessions sessions,
    DiscordDirectory directory,
    DiscordJson json,
    IOptions<EmulatorOptions> options,
    TimeProvider time,
    ILogger<GatewayConnection> logger)
{
    /// <summary>Discord refuses client payloads larger than this.</summary>
    private const int MaxPayloadBytes = 4096;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly FixedWindow _sendLimit = new(120, TimeSpan.FromSeconds(60));
    private readonly CancellationTokenSource _lifetime = new();
    private volatile GatewaySession? _session;
    private long _lastHeartbeatTicks;
    private volatile bool _closing;
    private bool _closedNormallyByClient;

    private TimeSpan HeartbeatInterval => TimeSpan.FromMilliseconds(options.Value.HeartbeatIntervalMs);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        var token = linked.Token;
        RecordHeartbeat();
        var sending = SendLoopAsync(token);
        var watching = WatchHeartbeatsAsync(token);
        SendOp(GatewayOpcodes.Hello, new Hello(options.Value.HeartbeatIntervalMs));
        try
        {
            await ReceiveLoopAsync(token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            LogConnectionLost(logger, _session?.Id, exception.Message);
        }
        finally
        {
            _outbox.Writer.TryComplete();
            await Task.WhenAny(sending, Task.Delay(CloseHandshakeTimeout, CancellationToken.None));
            await _lifetime.CancelAsync();
            await Task.WhenAll(sending, watching);
            _lifetime.Dispose();
            EndSession();
        }
    }

    /// <summary>Queues a frame; called under the session's lock, so it never blocks.</summary>
    public void Send(GatewayPayload payload)
    {
        if (!_closing)
        {
            _outbox.Writer.TryWrite(new Outgoing(JsonSerializer.SerializeToUtf8Bytes(payload, json.Options), CloseCode: null));
        }
    }

    public void RequestReconnect() => SendOp(GatewayOpcodes.Reconnect, data: null);

    /// <summary>Sends op 9; a session that cannot be resumed is forgotten at once.</summary>
    public void InvalidateSession(bool resumable)
    {
        var session = _session;
        if (!resumable && session is not null)
        {
            sessions.Invalidate(session);
            _session = null;
        }

        SendOp(GatewayOpcodes.InvalidSession, resumable);
    }

    public void Close(int code)
    {
        if (GatewayCloseCodes.EndsSession(code) && _session is { } session)
        {
            sessions.Invalidate(session);
        }

        if (!_closing)
        {
            _closing = true;
            _outbox.Writer.TryWrite(new Outgoing(Frame: null, code));
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a network failure would; the session stays resumable.</summary>
    public void Abort()
    {
        _closing = true;
        socket.Abort();
        http.Abort();
    }

    private void SendOp(int opcode, object? data) =>
        Send(new GatewayPayload(opcode, data is null ? null : JsonSerializer.SerializeToElement(data, json.Options)));

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var outgoing in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                if (outgoing.CloseCode is { } code)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, GatewayCloseCodes.Reason(code), cancellationToken);
                    // The client should answer with its own close frame; do not wait for it forever.
                    _lifetime.CancelAfter(CloseHandshakeTimeout);
                    return;
                }

                if (outgoing.Frame is { } frame)
                {
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            LogSendStopped(logger, _session?.Id, exception.Message);
        }
    }

    private async Task WatchHeartbeatsAsync(CancellationToken cancellationToken)
    {
        // Discord drops a connection that misses heartbeats; one missed beat is tolerated, and the extra
        // second absorbs scheduling hiccups when tests shrink the interval to milliseconds.
        var allowedSilence = HeartbeatInterval * 2 + TimeSpan.FromSeconds(1);
        using var timer = new PeriodicTimer(HeartbeatInterval / 2, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var lastHeartbeat = new DateTimeOffset(Volatile.Read(ref _lastHeartbeatTicks), TimeSpan.Zero);
                if (time.GetUtcNow() - lastHeartbeat > allowedSilence)
                {
                    Close(GatewayCloseCodes.SessionTimedOut);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPayloadBytes];
        while (true)
        {
            var length = 0;
            var oversized = false;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    oversized = true;
                    length = 0;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                AnswerClientClose();
                return;
            }

            if (_closing)
            {
                continue;
            }

            if (oversized || result.MessageType != WebSocketMessageType.Text)
            {
                Close(GatewayCloseCodes.DecodeError);
                continue;
            }

            if (!_sendLimit.TryTake(time.GetUtcNow()).Allowed)
            {
                Close(GatewayCloseCodes.RateLimited);
                continue;
            }

            Handle(buffer.AsSpan(0, length));
        }
    }

    private void AnswerClientClose()
    {
        if (!_closing)
        {
            var status = socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure;
            // Discord invalidates a session whose client closes with 1000 or 1001; other codes keep it resumable.
            _closedNormallyByClient = status is WebSocketCloseStatus.NormalClosure or WebSocketCloseStatus.EndpointUnavailable;
            _closing = true;
            _outbox.Writer.TryWrite(new Outgoing(Frame: null, (int)status));
        }
    }

    private void Handle(ReadOnlySpan<byte> frame)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(frame);
        }
        catch (JsonException)
        {
            Close(GatewayCloseCodes.DecodeError);
            return;
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("op", out var opElement)
            || !opElement.TryGetInt32(out var opcode))
        {
            Close(GatewayCloseCodes.DecodeError);
            return;
        }

        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch (opcode)
        {
            case GatewayOpcodes.Heartbeat:
                RecordHeartbeat();
                SendOp(GatewayOpcodes.HeartbeatAck, data: null);
                break;
            case GatewayOpcodes.Identify:
                Identify(data);
                break;
            case GatewayOpcodes.Resume:
                Resume(data);
                break;
            case GatewayOpcodes.PresenceUpdate or GatewayOpcodes.VoiceStateUpdate
                or GatewayOpcodes.RequestGuildMembers or GatewayOpcodes.RequestSoundboardSounds:
                if (_session is null)
                {
                    Close(GatewayCloseCodes.NotAuthenticated);
                }

                break;
            default:
                Close(GatewayCloseCodes.UnknownOpcode);
                break;
        }
    }

    private void Identify(JsonElement data)
    {
        if (_session is not null)
        {
            Close(GatewayCloseCodes.AlreadyAuthenticated);
            return;
        }

        if (!HasBotToken(data))
        {
            Close(GatewayCloseCodes.AuthenticationFailed);
            return;
        }

        if (!data.TryGetProperty("intents", out var intentsElement)
            || !intentsElement.TryGetInt64(out var intents)
            || !GatewayIntents.AreDefined(intents))
        {
            Close(GatewayCloseCodes.InvalidIntents);
            return;
        }

        IReadOnlyList<int>? shard = null;
        if (data.TryGetProperty("shard", out var shardElement))
        {
            shard = ReadShard(shardElement);
            if (shard is not [0, 1])
            {
                Close(GatewayCloseCodes.InvalidShard);
                return;
            }
        }

        var session = new GatewaySession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), intents);
        var ready = (GatewayEvents.Ready, Serialize(GatewayEvents.ReadyFor(directory, session.Id, resumeGatewayUrl, shard)));
        var guildCreates = GatewayEvents.GuildCreatesFor(directory).Select(guild => (GatewayEvents.GuildCreate, Serialize(guild)));
        _session = session;
        session.Open(this, [ready, .. guildCreates], sessions.Register);
        LogIdentified(logger, session.Id, intents);
    }

    private void Resume(JsonElement data)
    {
        if (_session is not null)
        {
            Close(GatewayCloseCodes.AlreadyAuthenticated);
            return;
        }

        if (!HasBotToken(data))
        {
            Close(GatewayCloseCodes.AuthenticationFailed);
            return;
        }

        var sessionId = data.TryGetProperty("session_id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!
            : "";
        if (!data.TryGetProperty("seq", out var seqElement) || !seqElement.TryGetInt32(out var lastSequence))
        {
            Close(GatewayCloseCodes.DecodeError);
            return;
        }

        if (sessions.Find(sessionId) is not { } session)
        {
            SendOp(GatewayOpcodes.InvalidSession, false);
            return;
        }

        var outcome = session.Resume(this, lastSequence, Serialize(new { }));
        switch (outcome.Status)
        {
            case ResumeStatus.Resumed:
                _session = session;
                outcome.Previous?.Abort();
                LogResumed(logger, session.Id, lastSequence);
                break;
            case ResumeStatus.InvalidSequence:
                sessions.Invalidate(session);
                Close(GatewayCloseCodes.InvalidSequence);
                break;
            case ResumeStatus.TooFarBehind:
                sessions.Invalidate(session);
                SendOp(GatewayOpcodes.InvalidSession, false);
                break;
        }
    }

    private bool HasBotToken(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("token", out var tokenElement)
            || tokenElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        // Discord accepts the token with or without the "Bot " prefix on the gateway.
        var token = tokenElement.GetString()!;
        token = token.StartsWith("Bot ", StringComparison.Ordinal) ? token["Bot ".Length..] : token;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(options.Value.BotToken));
    }

    private static int[]? ReadShard(JsonElement shard) =>
        shard.ValueKind == JsonValueKind.Array && shard.GetArrayLength() == 2
        && shard[0].TryGetInt32(out var id) && shard[1].TryGetInt32(out var count)
            ? [id, count]
            : null;

    private void EndSession()
    {
        if (_session is not { } session)
        {
            return;
        }

        if (_closedNormallyByClient)
        {
            sessions.Invalidate(session);
        }
        else
        {
            session.Detach(this, time.GetUtcNow());
        }
    }

    private void RecordHeartbeat() => Volatile.Write(ref _lastHeartbeatTicks, time.GetUtcNow().UtcTicks);

    private JsonElement Serialize(object value) => JsonSerializer.SerializeToElement(value, json.Options);

    private sealed record Outgoing(byte[]? Frame, int? CloseCode);

    private sealed record Hello(int HeartbeatInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session {SessionId} identified with intents {Intents}")]
    private static partial void LogIdentified(ILogger logger, string sessionId, long intents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session {SessionId} resumed after sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, string sessionId, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection of session {SessionId} lost: {Reason}")]
    private static partial void LogConnectionLost(ILogger logger, string? sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway sends for session {SessionId} stopped: {Reason}")]
    private static partial void LogSendStopped(ILogger logger, string? sessionId, string reason);
}
