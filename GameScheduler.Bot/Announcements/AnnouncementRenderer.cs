using System.Text;
using GameScheduler.Bot.Gateway;
using GameScheduler.Bot.Interactions;
using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// A game's announcement: the game's notify roles mentioned (and nobody else pinged), one embed with what a player needs
/// to decide (how it repeats, for a game of a series), links to the web and to add it to a calendar, and the Join and
/// Leave buttons. Long texts and rosters are cut to stay within Discord's limits, with a link
/// to the whole game on the web.
/// </summary>
internal sealed class AnnouncementRenderer(WebLinks links, TimeProvider time)
{
    /// <summary>Names listed per roster field before the rest become "+N more".</summary>
    public const int MaxNamesPerList = 20;

    public const int DescriptionBudget = 2000;
    private const int NameBudget = 40;

    public OutgoingMessage Render(GameView game, MemberNames names)
    {
        var url = links.Game(game.Id);
        var fields = new List<EmbedField>
        {
            new("When", DiscordText.When(game.ScheduledAt)),
            new("Duration", DiscordText.Duration(game.DurationMinutes), Inline: true),
            new("Host", Name(names.Of(game.Host.UserId, game.Host.DisplayName)), Inline: true),
            new("Status", StatusText(game.Status), Inline: true),
        };
        if (game.Recurrence is { } recurrence)
        {
            fields.Add(new EmbedField("Repeats", recurrence.Describe(game.ScheduledAt, game.TimeZone)));
        }

        if (!string.IsNullOrWhiteSpace(game.Where))
        {
            fields.Add(new EmbedField("Where", DiscordText.Truncate(game.Where, MessageLimits.EmbedFieldValue)));
        }

        fields.Add(new EmbedField($"Players ({game.Confirmed.Count}/{game.MaxPlayers})", RosterList(game.Confirmed, names, url)));
        if (game.Waitlisted.Count > 0)
        {
            fields.Add(new EmbedField($"Waitlist ({game.Waitlisted.Count})", RosterList(game.Waitlisted, names, url)));
        }

        var embed = new Embed(
            Title: game.Status == GameStatus.Cancelled ? $"[Cancelled] {game.Title}" : game.Title,
            Description: Description(game, url, links.GameCalendar(game.Id)),
            Url: url,
            Timestamp: game.ScheduledAt,
            Color: StatusColor(game.Status),
            Footer: new EmbedFooter(SignupText(game.SignupMethod)),
            Fields: fields);
        return new OutgoingMessage(
            Content: RoleMentions(game.NotifyRoleIds),
            Embeds: [embed],
            Components: [Buttons(game)],
            AllowedMentions: game.NotifyRoleIds.Count == 0 ? AllowedMentions.None : AllowedMentions.OnlyRoles(game.NotifyRoleIds));
    }

    /// <summary>The notify roles as Discord mentions; the allowed mentions let exactly these ping.</summary>
    private static string RoleMentions(IReadOnlyList<string> roleIds) => string.Join(' ', roleIds.Select(roleId => $"<@&{roleId}>"));

    private ActionRow Buttons(GameView game)
    {
        var open = game.Status == GameStatus.Scheduled && time.GetUtcNow() < game.ScheduledAt;
        return new ActionRow(
        [
            new Button(ButtonStyle.Success, "Join", GameButtonId.Join(game.Id), Disabled: !game.AcceptsSelfSignup),
            new Button(ButtonStyle.Secondary, "Leave", GameButtonId.Leave(game.Id), Disabled: !open),
        ]);
    }

    private static string Description(GameView game, string url, string calendarUrl)
    {
        var link = $"[View the game on the web]({url}) · [Add to calendar]({calendarUrl})";
        return string.IsNullOrWhiteSpace(game.Description)
            ? link
            : $"{DiscordText.Truncate(game.Description, DescriptionBudget)}\n\n{link}";
    }

    /// <summary>Numbered names; what does not fit (in count or in a field's 1024 characters) becomes "+N more" with a link.</summary>
    private static string RosterList(IReadOnlyList<ParticipantView> players, MemberNames names, string url)
    {
        if (players.Count == 0) return "No one yet.";

        var budget = MessageLimits.EmbedFieldValue - MoreLine(players.Count, url).Length - 1;
        var list = new StringBuilder();
        var shown = 0;
        for (; shown < players.Count && shown < MaxNamesPerList; shown++)
        {
            var line = $"{shown + 1}. {Name(names.Of(players[shown]))}";
            if (list.Length + line.Length + 1 > budget) break;
            list.Append(line).Append('\n');
        }

        return shown == players.Count ? list.ToString().TrimEnd() : list.Append(MoreLine(players.Count - shown, url)).ToString();
    }

    private static string MoreLine(int hidden, string url) => $"+{hidden} more: [see everyone]({url})";

    private static string Name(string name) => DiscordText.Escape(DiscordText.Truncate(name, NameBudget));

    private static string StatusText(GameStatus status) => status switch
    {
        GameStatus.Scheduled => "Scheduled",
        GameStatus.InProgress => "In progress",
        GameStatus.Completed => "Completed",
        GameStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    private static int StatusColor(GameStatus status) => status switch
    {
        GameStatus.Scheduled => 0x57F287,
        GameStatus.InProgress => 0x5865F2,
        GameStatus.Cancelled => 0xED4245,
        _ => 0x99AAB5,
    };

    private static string SignupText(SignupMethod signup) => signup switch
    {
        SignupMethod.SelfSignup => "Press Join to play.",
        SignupMethod.HostSelected => "The host picks the players.",
        SignupMethod.HostSelectedWithWaitlist => "Join to put your name down; the host picks the players.",
        SignupMethod.RoleBased => "Open to members with one of the game's player roles.",
        _ => "",
    };
}
