using GameScheduler.Api.Guilds;

namespace GameScheduler.Api.Auth;

/// <summary>The body of <c>GET /api/v1/auth/user</c>: who is logged in, and the guilds they share with the bot.</summary>
public sealed record CurrentUserResponse(UserResponse User, IReadOnlyList<GuildResponse> Guilds);

public sealed record UserResponse(string Id, string Username, string DisplayName, string? AvatarUrl)
{
    public static UserResponse Of(Session session) => new(
        session.UserId,
        session.Username,
        session.DisplayName,
        session.AvatarHash is null ? null : $"https://cdn.discordapp.com/avatars/{session.UserId}/{session.AvatarHash}.png");
}
