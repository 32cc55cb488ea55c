using System.Collections.Concurrent;
using System.Text.Json;
using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>
/// Every live bot session. Dispatches fan out to all of them, connected or not: a session without a
/// socket buffers them for its Resume until it has been detached longer than the resume window.
/// </summary>
public sealed class GatewaySessions(TimeProvider time, DiscordJson json, DiscordDirectory directory, ILogger<GatewaySessions> logger)
{
    private static readonly TimeSpan ResumeWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, GatewaySession> _sessions = new();
    private int _identifyCount;

    public int IdentifyCount => Volatile.Read(ref _identifyCount);

    /// <summary>Makes an identified session receive broadcasts; see <see cref="GatewaySession.Open"/>.</summary>
    public void Register(GatewaySession session)
    {
        Interlocked.Increment(ref _identifyCount);
        var now = time.GetUtcNow();
        foreach (var stale in _sessions.Values.Where(existing => existing.DetachedLongerThan(ResumeWindow, now)))
        {
            _sessions.TryRemove(stale.Id, out _);
        }

        _sessions[session.Id] = session;
    }

    public GatewaySession? Find(string sessionId) => _sessions.GetValueOrDefault(sessionId);

    public void Invalidate(GatewaySession session)
    {
        if (_sessions.TryRemove(session.Id, out _))
        {
            logger.LogInformation("Gateway session {SessionId} invalidated", session.Id);
        }
    }

    public void Dispatch(string eventName, object data)
    {
        var element = JsonSerializer.SerializeToElement(data, json.Options);
        foreach (var session in _sessions.Values)
        {
            session.Dispatch(eventName, element);
        }
    }

    /// <summary>A guild's event, which reaches the bot only while the bot is a member of that guild.</summary>
    public void DispatchInGuild(string guildId, string eventName, object data)
    {
        if (directory.FindMembership(guildId, directory.Bot.Id) is not null)
        {
            Dispatch(eventName, data);
        }
    }

    /// <summary>The sockets currently carrying a session.</summary>
    public IReadOnlyList<GatewayConnection> Connections() =>
        [.. _sessions.Values.Select(session => session.Connection).OfType<GatewayConnection>()];
}
