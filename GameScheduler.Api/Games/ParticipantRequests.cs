using GameScheduler.Core;
using GameScheduler.Core.Participants;

namespace GameScheduler.Api.Games;

/// <summary>The body of adding a participant: a member of the game's server by id, or a placeholder name, not both.</summary>
public sealed record AddParticipantRequest(string? UserId, string? DisplayName)
{
    public static ValidationFailed EitherFieldRequired { get; } = new(new Dictionary<string, string[]>
    {
        ["user_id"] = ["Give either a member's user_id or a display_name for a placeholder."],
        ["display_name"] = ["Give either a member's user_id or a display_name for a placeholder."],
    });

    /// <summary>Whom the host adds, or null when the body names both a user and a placeholder, or neither.</summary>
    public NewParticipant? ToNewParticipant() => (UserId, DisplayName) switch
    {
        ({ } userId, null) => NewParticipant.ForUser(userId),
        (null, { } name) => NewParticipant.Placeholder(name),
        _ => null,
    };
}

/// <summary>The body of reordering a roster: every participant's id once, confirmed players first.</summary>
public sealed record ParticipantOrderRequest(IReadOnlyList<Guid>? ParticipantIds);
