using GameScheduler.Core.Users;

namespace GameScheduler.Core.Participants;

/// <summary>A seat claim on a game: a Discord user, or a placeholder name the host typed in.</summary>
public sealed class Participant
{
    public Guid Id { get; init; }
    public Guid GameId { get; init; }
    public string? UserId { get; init; }
    public User? User { get; init; }
    public string? PlaceholderName { get; init; }
    public PositionType PositionType { get; set; }
    public int Position { get; set; }
    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>Carried over from the previous game of a series and not yet confirmed; dropped at the game's <see cref="Game.ConfirmBy"/>.</summary>
    public bool AwaitingConfirmation { get; set; }

    public string DisplayName => User?.DisplayName ?? PlaceholderName ?? UserId ?? "";
}
