using System.Text.Json.Serialization;
using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.OAuth;

/// <summary>The token endpoint's answer (access token response, RFC 6749 §5.1).</summary>
public sealed record OAuthTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string RefreshToken,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>The subset of Discord's user object the product uses.</summary>
public sealed record OAuthUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("global_name")] string? GlobalName,
    [property: JsonPropertyName("avatar")] string? Avatar)
{
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}

/// <summary>An entry of <c>GET /users/@me/guilds</c>; permissions are the user's in that guild, as a decimal string.</summary>
public sealed record OAuthGuild(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("icon")] string? Icon,
    [property: JsonPropertyName("owner")] bool Owner,
    [property: JsonPropertyName("permissions")] string Permissions)
{
    /// <summary>ADMINISTRATOR or MANAGE_GUILD, or the owner (who holds every permission).</summary>
    public bool CanManageGuild => Owner || DiscordPermissions.Parse(Permissions).CanManageGuild();
}
