namespace GameScheduler.Discord.Models;

/// <summary>A Discord user; <see cref="GlobalName"/> is the display name users chose, when they chose one.</summary>
public sealed record User(string Id, string Username, string? GlobalName = null, string? Avatar = null, bool? Bot = null)
{
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}
