namespace GameScheduler.Api.Realtime;

/// <summary>
/// What a reconnecting client gets: the events it missed, oldest first, or a resync when they cannot all be replayed.
/// <see cref="Head"/> is the newest position of its guilds' streams when this was read.
/// </summary>
public sealed record Replay(string Head, bool MustResync, IReadOnlyList<GameUpdate> Missed);
