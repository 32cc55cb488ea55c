using GameScheduler.Core.Users;

namespace GameScheduler.Core.Participants;

/// <summary>Whom the host adds: a Discord user, or a placeholder name for someone without Discord.</summary>
public sealed record NewParticipant
{
    public const int PlaceholderNameMaxLength = 100;

    private NewParticipant(UserProfile? user, string? placeholderName)
    {
        User = user;
        PlaceholderName = placeholderName;
    }

    public UserProfile? User { get; }
    public string? PlaceholderName { get; }

    public static NewParticipant ForUser(UserProfile user) => new(user, null);

    public static NewParticipant Placeholder(string name) => new(null, name);
}
