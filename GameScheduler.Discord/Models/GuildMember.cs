namespace GameScheduler.Discord.Models;

/// <summary>
/// A user's membership of a guild. <see cref="User"/> is absent only where the user is given beside it;
/// <see cref="Permissions"/> (a decimal bit set) is present only in interactions.
/// </summary>
public sealed record GuildMember(
    User? User,
    IReadOnlyList<string> Roles,
    string? Nick = null,
    DateTimeOffset? JoinedAt = null,
    string? Permissions = null)
{
    /// <summary>What Discord shows for the member in a guild: the nickname, else the user's display name.</summary>
    public string? DisplayName => string.IsNullOrWhiteSpace(Nick) ? User?.DisplayName : Nick;
}
