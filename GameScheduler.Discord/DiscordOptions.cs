using System.ComponentModel.DataAnnotations;

namespace GameScheduler.Discord;

/// <summary>
/// Where Discord is and who we are to it. Only the base URLs differ between discord.com and the local emulator.
/// Bound from the configuration section <c>Discord</c>.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://discord.com/oauth2/authorize");

    public string BotToken { get; set; } = "";

    [Required]
    public string ApplicationId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// The longest rate-limit wait (a 429's <c>retry_after</c>, a bucket's reset, a global pause) a REST request sits
    /// out; beyond it the request fails at once with a 429 <see cref="Rest.DiscordApiException"/>.
    /// </summary>
    public TimeSpan RestMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest 429 <c>retry_after</c> an OAuth2 request waits out, short because a user waits on the login page;
    /// beyond it the request fails at once with a 429 <see cref="OAuth.DiscordOAuthException"/>.
    /// </summary>
    public TimeSpan OAuthMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A URL under the API base, whatever trailing slash the configuration has.</summary>
    public Uri ApiUrl(string relativePath) => new($"{ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/{relativePath}");
}
