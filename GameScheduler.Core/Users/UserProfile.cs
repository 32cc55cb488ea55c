namespace GameScheduler.Core.Users;

/// <summary>What the caller's Discord identity says about a user; written to <see cref="User"/> on every use.</summary>
public sealed record UserProfile(string Id, string Username, string DisplayName, string? AvatarHash = null)
{
    /// <param name="recordedAt">When the profile was written: the user's created and updated time.</param>
    public User ToUser(DateTimeOffset recordedAt) => new()
    {
        Id = Id,
        Username = Username,
        DisplayName = DisplayName,
        AvatarHash = AvatarHash,
        CreatedAt = recordedAt,
        UpdatedAt = recordedAt,
    };
}
