using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>
/// Signs a request in as the user its <c>X-Test-User</c> header names, and <see cref="UseTestClientAddress"/> gives it
/// the client address its <c>X-Test-Address</c> header names, as forwarded headers from a trusted proxy would.
/// </summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Header";
    public const string UserHeader = "X-Test-User";
    public const string AddressHeader = "X-Test-Address";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[UserHeader].ToString() is not { Length: > 0 } userId)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    public static void UseTestClientAddress(WebApplication app) =>
        app.Use((context, next) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return next(context);
        });
}
