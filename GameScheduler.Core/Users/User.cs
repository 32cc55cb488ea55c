namespace GameScheduler.Core.Users;

/// <summary>A Discord user known to GameScheduler (logged in on the web, hosting or playing).</summary>
public sealed class User
{
    public required string Id { get; init; }
    public required string Username { get; set; }
    public required string DisplayName { get; set; }
    public string? AvatarHash { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
