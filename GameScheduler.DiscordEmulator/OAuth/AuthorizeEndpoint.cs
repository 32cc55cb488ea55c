using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.OAuth;

/// <summary>
/// GET /oauth2/authorize: shows a page to pick the user who approves; with
/// <c>emulator_user_id</c> that user approves at once and the browser goes back to redirect_uri with a code.
/// </summary>
public static class AuthorizeEndpoint
{
    private const string PickerPage = "authorize.html";

    private static readonly HashSet<string> KnownScopes =
        ["identify", "email", "guilds", "guilds.members.read", "connections", "bot", "applications.commands"];

    public static IEndpointRouteBuilder MapOAuthAuthorize(this IEndpointRouteBuilder app)
    {
        app.MapGet("/oauth2/authorize", Authorize);
        return app;
    }

    private static Results<RedirectHttpResult, PhysicalFileHttpResult, ProblemHttpResult> Authorize(
        [FromQuery(Name = "response_type")] string? responseType,
        [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri,
        [FromQuery(Name = "scope")] string? scope,
        [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "code_challenge")] string? codeChallenge,
        [FromQuery(Name = "code_challenge_method")] string? codeChallengeMethod,
        [FromQuery(Name = "emulator_user_id")] string? emulatorUserId,
        IOptions<EmulatorOptions> options,
        DiscordDirectory directory,
        OAuthGrants grants,
        IWebHostEnvironment environment)
    {
        if (clientId != options.Value.ApplicationId)
        {
            return Invalid("Unknown client_id.");
        }

        if (responseType != "code")
        {
            return Invalid("Only response_type=code is supported.");
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect) || redirect.Scheme is not ("http" or "https"))
        {
            return Invalid("Invalid redirect_uri.");
        }

        var scopes = (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0 || !scopes.All(KnownScopes.Contains))
        {
            return Invalid("Invalid scope.");
        }

        if (codeChallenge is not null && codeChallengeMethod != "S256")
        {
            return Invalid("Only code_challenge_method=S256 is supported.");
        }

        if (emulatorUserId is null)
        {
            return TypedResults.PhysicalFile(Path.Combine(environment.WebRootPath, PickerPage), "text/html");
        }

        if (directory.FindUser(emulatorUserId) is not { IsBot: false } user)
        {
            return Invalid("Unknown emulator_user_id.");
        }

        var code = grants.IssueCode(clientId, redirectUri!, user.Id, string.Join(' ', scopes), codeChallenge);
        var query = new Dictionary<string, string?> { ["code"] = code };
        if (state is not null)
        {
            query["state"] = state;
        }

        return TypedResults.Redirect(QueryHelpers.AddQueryString(redirectUri!, query));
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid OAuth2 authorization request");
}
