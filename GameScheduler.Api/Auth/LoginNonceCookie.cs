namespace GameScheduler.Api.Auth;

/// <summary>
/// The <c>login_nonce</c> cookie: binds a login to the browser that started it. HttpOnly and SameSite=Lax like the
/// session cookie (Discord sends the browser back with a top-level GET, which Lax lets through), sent to the callback
/// only, and living as long as the login state.
/// </summary>
public static class LoginNonceCookie
{
    public const string Name = "login_nonce";
    private const string CallbackPath = "/api/v1/auth/callback";

    public static void Append(HttpContext context, string nonce) =>
        context.Response.Cookies.Append(Name, nonce, Options(context, LoginStateStore.Lifetime));

    /// <summary>The nonce the browser sent, deleted from the browser: a nonce serves one callback.</summary>
    public static string? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var nonce))
        {
            return null;
        }

        context.Response.Cookies.Delete(Name, Options(context, maxAge: null));
        return nonce;
    }

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge)
    {
        var options = SessionCookie.Options(context, maxAge);
        options.Path = CallbackPath;
        return options;
    }
}
