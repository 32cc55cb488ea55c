using System.Text;
using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Interactions;

/// <summary>The answer to /list-games and /my-games: one line per game, soonest first, and a link to the rest on the web.</summary>
internal sealed class GameListReply(WebLinks links)
{
    /// <summary>Games listed in one reply; more are on the web.</summary>
    public const int MaxGames = 10;

    private const int TitleBudget = 100;

    /// <param name="viewerId">Whose standing (hosting, in, waitlisted) each line shows.</param>
    /// <param name="hasMore">More games exist than <paramref name="games"/> lists.</param>
    public OutgoingMessage Render(string heading, IReadOnlyList<GameView> games, string viewerId, bool hasMore, string moreUrl, string empty)
    {
        var description = new StringBuilder();
        foreach (var game in games.Take(MaxGames))
        {
            description.Append(Line(game, viewerId)).Append('\n');
        }

        if (games.Count == 0) description.Append(empty);
        if (hasMore || games.Count > MaxGames) description.Append($"[More on the web]({moreUrl})");

        var embed = new Embed(Title: heading, Description: description.ToString().TrimEnd(), Url: moreUrl);
        return new OutgoingMessage(Embeds: [embed], AllowedMentions: AllowedMentions.None);
    }

    private string Line(GameView game, string viewerId)
    {
        var title = DiscordText.Escape(DiscordText.Truncate(game.Title, TitleBudget));
        var line = $"**[{title}]({links.Game(game.Id)})** · {DiscordText.When(game.ScheduledAt)} · {game.Confirmed.Count}/{game.MaxPlayers} players";
        return Standing(game, viewerId) is { } standing ? $"{line} · {standing}" : line;
    }

    private static string? Standing(GameView game, string viewerId) => game switch
    {
        _ when game.Host.UserId == viewerId => "you host",
        { Viewer.IsWaitlisted: true } => "you're waitlisted",
        { Viewer.IsParticipant: true } => "you're in",
        _ => null,
    };
}
