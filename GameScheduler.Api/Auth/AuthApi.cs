using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Guilds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.Api.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth").RequireRateLimiting(RateLimiting.PerAddress);
        auth.MapGet("/login", LogInAsync)
            .WithName("LogIn")
            .WithSummary("Start a Discord login; redirects to Discord's authorize page");
        auth.MapGet("/callback", CompleteLoginAsync)
            .WithName("CompleteLogin")
            .WithSummary("Finish a Discord login: set the session cookie and redirect back");
        auth.MapPost("/logout", LogOutAsync).RequireAuthorization()
            .WithName("LogOut")
            .WithSummary("End the session on every tab and stream");
        auth.MapGet("/user", GetCurrentUserAsync).RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("Get the signed-in user and the servers they share with the bot");
        return app;
    }

    public static async Task<RedirectHttpResult> LogInAsync(
        [FromQuery(Name = "return_to")] string? returnTo, HttpContext context, LoginFlow login)
    {
        // The browser's origin: the web app's dev proxy keeps its Host header, and a trusted TLS proxy reports its
        // scheme and host in X-Forwarded-* (TrustedProxies); that origin is where the cookie belongs.
        var redirectUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}/api/v1/auth/callback");
        var start = await login.BeginAsync(returnTo, redirectUri);
        LoginNonceCookie.Append(context, start.Nonce);
        return TypedResults.Redirect(start.AuthorizeUrl.AbsoluteUri);
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> CompleteLoginAsync(
        string? code, string? state, string? error, HttpContext context, LoginFlow login, CancellationToken ct)
    {
        switch (await login.CompleteAsync(state, LoginNonceCookie.Take(context), code, error, ct))
        {
            case LoggedIn loggedIn:
                SessionCookie.Append(context, loggedIn.SessionToken);
                return TypedResults.LocalRedirect(loggedIn.ReturnTo);
            case LoginRejected rejected:
                return TypedResults.Problem(title: rejected.Title, detail: rejected.Detail, statusCode: StatusCodes.Status400BadRequest);
            case var unmapped:
                throw new InvalidOperationException($"The login outcome {unmapped.GetType().Name} has no HTTP mapping.");
        }
    }

    public static async Task<NoContent> LogOutAsync(HttpContext context, SessionStore sessions)
    {
        // Deleting the session ends it everywhere: every tab and every open stream authenticates with it.
        await sessions.DeleteAsync(SessionAuthenticationHandler.CurrentToken(context));
        SessionCookie.Delete(context);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<CurrentUserResponse>> GetCurrentUserAsync(
        HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var visible = await guilds.ListAsync(await membership.CallerAsync(context, ct), ct);
        return TypedResults.Ok(new CurrentUserResponse(UserResponse.Of(session), [.. visible.Select(GuildResponse.Of)]));
    }
}
