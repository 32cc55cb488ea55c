using GameScheduler.Bot.Interactions;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.DirectMessages;

/// <summary>
/// The direct messages players get: what changed for them on a game (with the host's sign-up instructions when they sign
/// up; with "Still in" and "Drop" buttons when they were carried over to the next game of a series), cancellations and
/// reminders.
/// </summary>
internal sealed class PlayerNotices(WebLinks links)
{
    /// <returns>The notice for this change, or null for a change that needs none (leaving is the player's own doing).</returns>
    public OutgoingMessage? ForChange(ParticipantChangeKind change, GameView game, string userId) => change switch
    {
        ParticipantChangeKind.Joined =>
            Notice(game, $"You're in! You joined {DiscordText.Bold(game.Title)}, {DiscordText.When(game.ScheduledAt)}.{Instructions(game)}"),
        ParticipantChangeKind.Waitlisted => Notice(game,
            $"{DiscordText.Bold(game.Title)} is full, so you're on the waitlist{Position(game, userId)}. You'll get a message if a seat opens up.{Instructions(game)}"),
        ParticipantChangeKind.Promoted =>
            Notice(game, $"Good news: a seat opened up and you're now playing in {DiscordText.Bold(game.Title)}, {DiscordText.When(game.ScheduledAt)}."),
        ParticipantChangeKind.Demoted => Notice(game, $"You've been moved to the waitlist of {DiscordText.Bold(game.Title)}{Position(game, userId)}."),
        ParticipantChangeKind.Removed => Notice(game, $"The host took you off the roster of {DiscordText.Bold(game.Title)}."),
        ParticipantChangeKind.CarriedOver => CarriedOver(game),
        ParticipantChangeKind.Unconfirmed => Notice(game,
            $"You didn't confirm your seat in {DiscordText.Bold(game.Title)}, {DiscordText.When(game.ScheduledAt)}, in time, so it went to the next player. You can still join if there's room."),
        _ => null,
    };

    public OutgoingMessage Cancelled(GameView game) =>
        Notice(game, $"{DiscordText.Bold(game.Title)}, planned for {DiscordText.FullTime(game.ScheduledAt)}, has been cancelled.");

    public OutgoingMessage Reminder(GameView game)
    {
        var where = string.IsNullOrWhiteSpace(game.Where) ? "" : $" Where: {DiscordText.Truncate(game.Where, 500)}";
        return Notice(game,
            $"Reminder: {DiscordText.Bold(game.Title)} starts {DiscordText.RelativeTime(game.ScheduledAt)} ({DiscordText.FullTime(game.ScheduledAt)}).{where}");
    }

    private OutgoingMessage CarriedOver(GameView game)
    {
        var deadline = game.ConfirmBy is { } confirmBy ? $" by {DiscordText.FullTime(confirmBy)}" : "";
        var notice = Notice(game,
            $"The next {DiscordText.Bold(game.Title)} is {DiscordText.When(game.ScheduledAt)}, and you have a seat from last time. Press Still in{deadline} to keep it, or Drop to give it to someone else.");
        return notice with
        {
            Components =
            [
                new ActionRow(
                [
                    new Button(ButtonStyle.Success, "Still in", GameButtonId.ConfirmSeat(game.Id)),
                    new Button(ButtonStyle.Secondary, "Drop", GameButtonId.DropSeat(game.Id)),
                ]),
            ],
        };
    }

    private OutgoingMessage Notice(GameView game, string text) =>
        new(Content: $"{text}\n{links.Game(game.Id)}", AllowedMentions: AllowedMentions.None);

    /// <summary>The host's sign-up instructions as a paragraph of their own, for the players who just signed up.</summary>
    private static string Instructions(GameView game) =>
        string.IsNullOrWhiteSpace(game.SignupInstructions) ? "" : $"\n\nSign-up instructions from the host:\n{game.SignupInstructions}";

    private static string Position(GameView game, string userId)
    {
        var index = game.Waitlisted.ToList().FindIndex(player => player.UserId == userId);
        return index < 0 ? "" : $" (#{index + 1})";
    }
}
