namespace GameScheduler.Core.Games;

// The outcomes of game commands that carry the game; the shared ones (ResourceNotFound, Refused,
// ValidationFailed) are in CommandResults.cs.

public interface IJoinResult
{
}

public interface ILeaveResult
{
}

/// <summary>The outcome of a carried-over player confirming their seat.</summary>
public interface IConfirmSeatResult
{
}

/// <summary>The outcome of creating, editing or cancelling a game, or of the host managing its roster.</summary>
public interface IGameChangeResult
{
}

public sealed record Joined(GameView Game) : IJoinResult;

/// <summary>Joined, but on the waitlist at <paramref name="Position"/> (starting at 1).</summary>
public sealed record Waitlisted(GameView Game, int Position) : IJoinResult;

/// <summary>The caller was on the roster already; nothing changed and no event was written.</summary>
public sealed record AlreadyJoined(GameView Game) : IJoinResult;

public sealed record Left(GameView Game) : ILeaveResult;

/// <summary>The caller was not on the roster; nothing changed.</summary>
public sealed record NotParticipant(GameView Game) : ILeaveResult;

public sealed record GameSaved(GameView Game) : IGameChangeResult;

/// <summary>The player keeps their seat (or had it confirmed already; then nothing changed).</summary>
public sealed record SeatConfirmed(GameView Game) : IConfirmSeatResult;

/// <summary>The host put <paramref name="Participant"/> on the roster of <paramref name="Game"/>.</summary>
public sealed record ParticipantAdded(GameView Game, ParticipantView Participant) : IGameChangeResult;

/// <summary>The user the host meant to add is on the roster already; nothing changed.</summary>
public sealed record AlreadyOnRoster(ParticipantView Participant) : IGameChangeResult;
