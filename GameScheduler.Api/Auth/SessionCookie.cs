using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Auth;

/// <summary>The <c>session_token</c> cookie: HttpOnly so scripts never see it, SameSite=Lax so cross-site posts do not carry it.</summary>
public static class SessionCookie
{
    public const string Name = "session_token";

    /// <summary>Kept by the browser for the session's absolute lifetime; the server ends an idle session sooner.</summary>
    public static void Append(HttpContext context, string sessionToken) =>
        context.Response.Cookies.Append(Name, sessionToken, Options(context,
            context.RequestServices.GetRequiredService<IOptions<SessionLifetimes>>().Value.AbsoluteLifetime));

    public static void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, maxAge: null));

    /// <summary>
    /// The options every cookie of the login shares: Secure over HTTPS (as a trusted proxy reports it) and always
    /// outside Development, where a plain-http request can only be a misconfigured proxy.
    /// </summary>
    internal static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps || !context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment(),
        Path = "/",
        MaxAge = maxAge,
    };
}
