namespace GameScheduler.Api.Auth;

/// <summary>Where a login may send the browser back to: local paths only, so the login is no open redirect.</summary>
public static class ReturnPaths
{
    public static string Sanitize(string? returnTo) =>
        returnTo is { Length: > 0 }
        && returnTo[0] == '/'
        && !returnTo.StartsWith("//", StringComparison.Ordinal)
        && !returnTo.StartsWith("/\\", StringComparison.Ordinal)
        && !returnTo.Any(char.IsControl)
            ? returnTo
            : "/";
}
