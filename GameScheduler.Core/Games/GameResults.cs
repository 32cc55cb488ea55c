namespace GameScheduler.Core.Games;

// The outcomes of game commands. Api maps them to HTTP statuses, Bot to ephemeral replies;
// each command's interface lists exactly the outcomes it can have.

public interface IJoinResult
{
}

public interface ILeaveResult
{
}

/// <summary>The outcome of creating, editing or cancelling a game, or of the host managing its roster.</summary>
public interface IGameChangeResult
{
}

/// <summary>The game (or guild, template, channel) does not exist, or is in a guild the caller is not a member of.</summary>
public sealed record ResourceNotFound : IJoinResult, ILeaveResult, IGameChangeResult
{
    public static ResourceNotFound Instance { get; } = new();
}

/// <summary>A rule forbids the request; <paramref name="Reason"/> is a sentence for the user (see <see cref="Refusals"/>).</summary>
public sealed record Refused(string Reason) : IJoinResult, ILeaveResult, IGameChangeResult;

/// <summary>Bad input, keyed by the snake_case field name; nothing was written.</summary>
public sealed record ValidationFailed(IReadOnlyDictionary<string, string[]> Errors) : IGameChangeResult
{
    public static ValidationFailed For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
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
