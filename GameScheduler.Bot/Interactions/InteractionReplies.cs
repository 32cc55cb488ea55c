using GameScheduler.Core;
using GameScheduler.Core.Games;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Interactions;

/// <summary>What the bot answers a player (only they see it): the outcome of their click, or why nothing happened.</summary>
internal static class InteractionReplies
{
    public static OutgoingMessage UnknownButton { get; } =
        Text("Sorry, this button doesn't work anymore. Nothing was changed.");

    public static OutgoingMessage GameNotFound { get; } =
        Text("Sorry, that game doesn't exist or isn't part of this server. Nothing was changed.");

    public static OutgoingMessage NotInServer { get; } = Text("Sorry, this only works inside a server.");

    public static OutgoingMessage Unsupported { get; } = Text("Sorry, I don't know how to handle that.");

    public static OutgoingMessage Failed { get; } = Text("Sorry, something went wrong on our side. Please try again in a moment.");

    public static OutgoingMessage ForJoin(IJoinResult result) => result switch
    {
        Joined joined => Text($"You're in! You joined {DiscordText.Bold(joined.Game.Title)} ({joined.Game.Confirmed.Count}/{joined.Game.MaxPlayers} players), {DiscordText.When(joined.Game.ScheduledAt)}."),
        Waitlisted waitlisted => Text($"{DiscordText.Bold(waitlisted.Game.Title)} is full, so you're waitlisted #{waitlisted.Position}. You'll get a DM if a seat opens up."),
        AlreadyJoined { Game.Viewer.IsWaitlisted: true } already => Text($"You're already on the waitlist of {DiscordText.Bold(already.Game.Title)}."),
        AlreadyJoined already => Text($"You're already in {DiscordText.Bold(already.Game.Title)}."),
        Refused refused => Text($"You can't join this game: {refused.Reason}"),
        Forbidden forbidden => Text($"You can't join this game: {forbidden.Reason}"),
        ResourceNotFound => GameNotFound,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown join outcome."),
    };

    public static OutgoingMessage ForLeave(ILeaveResult result) => result switch
    {
        Left left => Text($"You left {DiscordText.Bold(left.Game.Title)}."),
        NotParticipant notParticipant => Text($"You weren't signed up for {DiscordText.Bold(notParticipant.Game.Title)}, so there was nothing to leave."),
        Refused refused => Text($"You can't leave this game: {refused.Reason}"),
        ResourceNotFound => GameNotFound,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown leave outcome."),
    };

    public static OutgoingMessage ForConfirmSeat(IConfirmSeatResult result) => result switch
    {
        SeatConfirmed confirmed => Text($"Great, your seat in {DiscordText.Bold(confirmed.Game.Title)}, {DiscordText.When(confirmed.Game.ScheduledAt)}, is yours."),
        Refused refused => Text($"You can't confirm this seat: {refused.Reason}"),
        ResourceNotFound => SeatNotFound,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown confirmation outcome."),
    };

    /// <summary>A "Drop" is a leave, except that the game is found through the player's seat rather than their server.</summary>
    public static OutgoingMessage ForDropSeat(ILeaveResult result) => result is ResourceNotFound ? SeatNotFound : ForLeave(result);

    private static OutgoingMessage SeatNotFound { get; } = Text("You no longer have a seat on that game. Nothing was changed.");

    private static OutgoingMessage Text(string content) => new(Content: content, AllowedMentions: AllowedMentions.None);
}
