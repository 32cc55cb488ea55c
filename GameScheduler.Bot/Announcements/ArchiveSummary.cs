using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Announcements;

/// <summary>The compact line an archived game leaves in the archive channel: its title, when it was and who played.</summary>
internal static class ArchiveSummary
{
    private const int MaxLength = 2000;

    public static OutgoingMessage Of(GameView game)
    {
        var players = game.Confirmed.Count == 0
            ? "nobody"
            : string.Join(", ", game.Confirmed.Select(player => DiscordText.Escape(player.DisplayName)));
        var outcome = game.Status == GameStatus.Cancelled ? "Cancelled. Signed up" : "Played";
        var text = $"{DiscordText.Bold(game.Title)} · {DiscordText.FullTime(game.ScheduledAt)} · hosted by {DiscordText.Escape(game.Host.DisplayName)}\n"
            + $"{outcome}: {players}";
        return new OutgoingMessage(Content: DiscordText.Truncate(text, MaxLength), AllowedMentions: AllowedMentions.None);
    }
}
