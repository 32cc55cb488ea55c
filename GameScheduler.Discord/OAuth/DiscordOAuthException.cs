namespace GameScheduler.Discord.OAuth;

/// <summary>Discord refused an OAuth2 request: a bad, used or expired code or token (the OAuth <c>error</c> code).</summary>
public sealed class DiscordOAuthException(int statusCode, string error)
    : Exception($"Discord's OAuth2 endpoint refused the request ({statusCode}): {error}")
{
    public int StatusCode { get; } = statusCode;

    public string Error { get; } = error;
}
