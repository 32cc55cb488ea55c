using System.Collections.Concurrent;
using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.Interactions;

/// <summary>Dispatched interactions by id and by token, with Discord's response windows.</summary>
public sealed class InteractionStore(TimeProvider time)
{
    /// <summary>A bot must answer an interaction within 3 s of its dispatch.</summary>
    public static readonly TimeSpan CallbackWindow = TimeSpan.FromSeconds(3);

    /// <summary>The interaction token works for follow-ups and @original for 15 minutes.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Expired interactions are kept a while longer so their tokens answer "invalid" rather than "unknown".</summary>
    private static readonly TimeSpan Retention = TokenLifetime * 2;

    private readonly ConcurrentDictionary<string, PendingInteraction> _byId = new();
    private readonly ConcurrentDictionary<string, PendingInteraction> _byToken = new();

    public PendingInteraction Open(Interaction payload)
    {
        var now = time.GetUtcNow();
        foreach (var old in _byId.Values.Where(interaction => now - interaction.DispatchedAt > Retention))
        {
            _byId.TryRemove(old.Payload.Id, out _);
            _byToken.TryRemove(old.Payload.Token, out _);
        }

        var pending = new PendingInteraction(payload, now);
        _byId[payload.Id] = pending;
        _byToken[payload.Token] = pending;
        return pending;
    }

    public void Clear()
    {
        _byId.Clear();
        _byToken.Clear();
    }

    public PendingInteraction? Find(string interactionId) => _byId.GetValueOrDefault(interactionId);

    public PendingInteraction? FindByToken(string token) => _byToken.GetValueOrDefault(token);

    /// <summary>Half-open, so a callback arriving when the waiting side has just given up is refused.</summary>
    public bool IsWithinCallbackWindow(PendingInteraction interaction) =>
        time.GetUtcNow() - interaction.DispatchedAt < CallbackWindow;

    public bool IsTokenValid(PendingInteraction interaction) =>
        time.GetUtcNow() - interaction.DispatchedAt < TokenLifetime;
}
