using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Auth;

/// <summary>Authenticates a request by its <c>session_token</c> cookie; no session, a forged or an ended one is a 401.</summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionStore sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";
    private const string SessionItem = "GameScheduler.Session";
    private const string TokenItem = "GameScheduler.SessionToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(SessionCookie.Name, out var token) || string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var session = await sessions.FindAsync(token);
        if (session is null)
        {
            return AuthenticateResult.Fail("The session has ended or never existed.");
        }

        Context.Items[SessionItem] = session;
        Context.Items[TokenItem] = token;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, session.UserId), new Claim(ClaimTypes.Name, session.Username)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(title: "Not logged in", detail: "Log in with Discord to continue.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);

    /// <summary>The session the request was authenticated with.</summary>
    public static Session CurrentSession(HttpContext context) =>
        context.Items[SessionItem] as Session ?? throw new InvalidOperationException("The request has no session.");

    public static string CurrentToken(HttpContext context) =>
        context.Items[TokenItem] as string ?? throw new InvalidOperationException("The request has no session.");
}
