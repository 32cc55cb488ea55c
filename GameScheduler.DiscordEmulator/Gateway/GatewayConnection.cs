using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>
/// The gateway protocol on one socket: Hello, heartbeats and their ACKs, Identify or Resume, and
/// the dispatches of the session it carries.
/// </summary>
public sealed partial class GatewayConnection(
    GatewaySocket socket,
    string resumeGatewayUrl,
    GatewaySessions sessions,
    DiscordDirectory directory,
    DiscordJson json,
    IOptions<EmulatorOptions> options,
    TimeProvider time,
    ILogger<GatewayConnection> logger)
{
    private readonly FixedWindow _commandLimit = new(120, TimeSpan.FromSeconds(60));
    private volatile GatewaySession? _session;
    private long _lastHeartbeatTicks;

    private TimeSpan HeartbeatInterval => TimeSpan.FromMilliseconds(options.Value.HeartbeatIntervalMs);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var watchdog = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        RecordHeartbeat();
        var watching = WatchHeartbeatsAsync(watchdog.Token);
        SendOp(GatewayOpcodes.Hello, new Hello(options.Value.HeartbeatIntervalMs));
        await socket.RunAsync(Handle, cancellationToken);
        await watchdog.CancelAsync();
        await watching;
        EndSession();
    }

    /// <summary>Queues a frame; called under the session's lock, so it never blocks.</summary>
    public void Send(GatewayPayload payload) => socket.Send(JsonSerializer.SerializeToUtf8Bytes(payload, json.Options));

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

        socket.Close(code);
    }

    /// <summary>Drops the connection without a close frame; the session stays resumable.</summary>
    public void Abort() => socket.Abort();

    private void SendOp(int opcode, object? data) =>
        Send(new GatewayPayload(opcode, data is null ? null : JsonSerializer.SerializeToElement(data, json.Options)));

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

    private void Handle(ReadOnlyMemory<byte> message)
    {
        if (!_commandLimit.TryTake(time.GetUtcNow()).Allowed)
        {
            Close(GatewayCloseCodes.RateLimited);
            return;
        }

        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(message.Span);
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
                // Valid once identified, and answered with nothing: the emulator has no presence, voice,
                // soundboard, and GUILD_CREATE already carries every member.
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

        if (socket.ClosedNormallyByClient)
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

    private sealed record Hello(int HeartbeatInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session {SessionId} identified with intents {Intents}")]
    private static partial void LogIdentified(ILogger logger, string sessionId, long intents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session {SessionId} resumed after sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, string sessionId, int sequence);
}
