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

    public string DisplayName => User?.DisplayName ?? PlaceholderName ?? UserId ?? "";
}
