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

    /// <summary>A URL under the API base, whatever trailing slash the configuration has.</summary>
    public Uri ApiUrl(string relativePath) => new($"{ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/{relativePath}");
}
