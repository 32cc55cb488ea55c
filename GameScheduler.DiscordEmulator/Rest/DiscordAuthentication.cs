using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GameScheduler.DiscordEmulator.OAuth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// Discord's two REST credentials: <c>Authorization: Bot &lt;token&gt;</c> for the bot and
/// <c>Authorization: Bearer &lt;access token&gt;</c> for a user who authorized the application.
/// </summary>
public static class DiscordAuthentication
{
    public const string Scheme = "Discord";
    public const string BotPolicy = "bot";
    public const string IdentifyPolicy = "identify";
    public const string GuildsPolicy = "guilds";

    private const string CallerKindClaim = "discord_caller";
    private const string ScopeClaim = "scope";
    private const string BotCaller = "bot";
    private const string UserCaller = "user";

    public static IServiceCollection AddDiscordAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(BotPolicy, policy => policy.RequireClaim(CallerKindClaim, BotCaller))
            .AddPolicy(IdentifyPolicy, policy => policy.RequireAssertion(context => IsBotOrHasScope(context.User, "identify")))
            .AddPolicy(GuildsPolicy, policy => policy.RequireAssertion(context => IsBotOrHasScope(context.User, "guilds")));
        return services;
    }

    public static bool IsBot(this ClaimsPrincipal caller) => caller.HasClaim(CallerKindClaim, BotCaller);

    /// <summary>The Discord user id of the caller (the bot user's id for the bot token).</summary>
    public static string DiscordUserId(this ClaimsPrincipal caller) =>
        caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");

    private static bool IsBotOrHasScope(ClaimsPrincipal caller, string scope) => caller.IsBot() || caller.HasClaim(ScopeClaim, scope);

    private sealed class Handler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        IOptions<EmulatorOptions> emulator,
        OAuthGrants grants)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var authorization = Request.Headers.Authorization.ToString();
            if (authorization.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            return Task.FromResult(authorization switch
            {
                _ when authorization.StartsWith("Bot ", StringComparison.Ordinal) => AuthenticateBot(authorization["Bot ".Length..]),
                _ when authorization.StartsWith("Bearer ", StringComparison.Ordinal) => AuthenticateUser(authorization["Bearer ".Length..]),
                _ => AuthenticateResult.Fail("Unsupported authorization scheme."),
            });
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
            DiscordError.Unauthorized.ExecuteAsync(Context);

        protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
            DiscordError.MissingAccess.ExecuteAsync(Context);

        private AuthenticateResult AuthenticateBot(string token)
        {
            var expected = Encoding.UTF8.GetBytes(emulator.Value.BotToken);
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), expected))
            {
                return AuthenticateResult.Fail("Invalid bot token.");
            }

            return Success(emulator.Value.ApplicationId, BotCaller, scopes: []);
        }

        private AuthenticateResult AuthenticateUser(string accessToken) =>
            grants.FindAccessToken(accessToken) is { } grant
                ? Success(grant.UserId, UserCaller, grant.Scopes)
                : AuthenticateResult.Fail("Unknown or expired access token.");

        private AuthenticateResult Success(string userId, string callerKind, IEnumerable<string> scopes)
        {
            Claim[] identity = [new(ClaimTypes.NameIdentifier, userId), new(CallerKindClaim, callerKind)];
            var claims = identity.Concat(scopes.Select(scope => new Claim(ScopeClaim, scope)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, DiscordAuthentication.Scheme));
            return AuthenticateResult.Success(new AuthenticationTicket(principal, DiscordAuthentication.Scheme));
        }
    }
}
