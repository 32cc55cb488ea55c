using Microsoft.AspNetCore.Mvc;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Guilds;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapGet("/login", LogInAsync);
        auth.MapGet("/callback", CompleteLoginAsync);
        auth.MapPost("/logout", LogOutAsync).RequireAuthorization();
        auth.MapGet("/user", GetCurrentUserAsync).RequireAuthorization();
        return app;
    }

    public static async Task<RedirectHttpResult> LogInAsync(
        [FromQuery(Name = "return_to")] string? returnTo, HttpContext context, LoginStateStore logins, DiscordOAuthClient discord)
    {
        // The web app proxies /api with the browser's Host header, so this is the web origin the cookie belongs to.
        var redirectUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}/api/v1/auth/callback");
        var state = await logins.CreateAsync(new LoginStateStore.PendingLogin(ReturnPaths.Sanitize(returnTo), redirectUri));
        return TypedResults.Redirect(discord.AuthorizeUrl(redirectUri, state).AbsoluteUri);
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> CompleteLoginAsync(
        string? code, string? state, string? error, HttpContext context, LoginStateStore logins,
        DiscordOAuthClient discord, DiscordTokens tokens, SessionStore sessions, GuildMembership membership,
        CancellationToken ct)
    {
        var login = string.IsNullOrEmpty(state) ? null : await logins.TakeAsync(state);
        if (login is null)
        {
            return TypedResults.Problem(title: "Login expired or forged",
                detail: "This login link is unknown or was already used. Start the login again.", statusCode: 400);
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            return TypedResults.Problem(title: "Login refused", detail: "Discord did not authorize the login.", statusCode: 400);
        }

        try
        {
            var granted = await discord.ExchangeCodeAsync(code, login.RedirectUri, ct);
            var user = await discord.GetCurrentUserAsync(granted.AccessToken, ct);
            var token = await sessions.CreateAsync(tokens.Seal(user, granted));
            await membership.ForgetAsync(user.Id);
            context.Response.Cookies.Append(SessionAuthenticationHandler.CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
                MaxAge = SessionStore.Lifetime,
            });
            return TypedResults.Redirect(login.ReturnTo);
        }
        catch (DiscordOAuthException exception)
        {
            return TypedResults.Problem(title: "Login failed", detail: $"Discord refused the login code ({exception.Error}).",
                statusCode: 400);
        }
    }

    public static async Task<NoContent> LogOutAsync(HttpContext context, SessionStore sessions)
    {
        // Deleting the session ends it everywhere: every tab and every open stream authenticates with it.
        await sessions.DeleteAsync(SessionAuthenticationHandler.CurrentToken(context));
        context.Response.Cookies.Delete(SessionAuthenticationHandler.CookieName, new CookieOptions { Path = "/" });
        return TypedResults.NoContent();
    }

    public static async Task<Ok<CurrentUserResponse>> GetCurrentUserAsync(
        HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var caller = await membership.CallerAsync(context, ct);
        var visible = await guilds.ListAsync(caller, ct);
        return TypedResults.Ok(new CurrentUserResponse(
            new UserResponse(session.UserId, session.Username, session.DisplayName, AvatarUrl(session)),
            [.. visible.Select(GuildResponse.Of)]));
    }

    private static string? AvatarUrl(Session session) =>
        session.AvatarHash is null ? null : $"https://cdn.discordapp.com/avatars/{session.UserId}/{session.AvatarHash}.png";
}

public sealed record UserResponse(string Id, string Username, string DisplayName, string? AvatarUrl);

public sealed record CurrentUserResponse(UserResponse User, IReadOnlyList<GuildResponse> Guilds);
