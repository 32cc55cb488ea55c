using Microsoft.Extensions.Options;

namespace GameScheduler.Bot;

/// <summary>Where the web app is, from the configuration section <c>Web</c>.</summary>
internal sealed class WebOptions
{
    public const string SectionName = "Web";

    public Uri BaseUrl { get; set; } = new("http://localhost:5173");
}

/// <summary>Links from Discord to the web app's pages.</summary>
internal sealed class WebLinks(IOptions<WebOptions> options)
{
    private string BaseUrl => options.Value.BaseUrl.AbsoluteUri.TrimEnd('/');

    public string Game(Guid gameId) => $"{BaseUrl}/games/{gameId}";

    /// <summary>The game as an iCalendar file (served by the Api under the web app's origin), to add it to a calendar.</summary>
    public string GameCalendar(Guid gameId) => $"{BaseUrl}/api/v1/games/{gameId}/calendar.ics";

    public string GuildGames(string guildId) => $"{BaseUrl}/guilds/{guildId}/games";

    public string MyGames => $"{BaseUrl}/my-games";
}
