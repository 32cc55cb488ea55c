namespace GameScheduler.Core.Participants;

/// <summary>Whom the host adds: a member of the game's guild, or a placeholder name for someone without Discord.</summary>
public sealed record NewParticipant
{
    public const int PlaceholderNameMaxLength = 100;

    private NewParticipant(string? userId, string? placeholderName)
    {
        UserId = userId;
        PlaceholderName = placeholderName;
    }

    public string? UserId { get; }
    public string? PlaceholderName { get; }

    public static NewParticipant ForUser(string userId) => new(userId, null);

    public static NewParticipant Placeholder(string name) => new(null, name);
}
