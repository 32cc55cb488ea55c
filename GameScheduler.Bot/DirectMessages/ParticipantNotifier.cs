using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.DirectMessages;

/// <summary>
/// Tells players by DM what a game event means for them: a seat, the waitlist, a promotion, a removal by the host, or
/// the cancellation of a game they were on.
/// </summary>
internal sealed class ParticipantNotifier(GameQueries games, PlayerNotices notices, DirectMessenger messenger)
{
    public async Task NotifyAsync(GameEvent data, CancellationToken ct)
    {
        var cancelled = data is GameCancelled;
        if (!cancelled && data.ParticipantChanges.All(change => change.Change == ParticipantChangeKind.Left)) return;
        if (await games.FindForEveryoneAsync(data.GameId, ct) is not { } game) return;

        var messages = cancelled ? CancellationNotices(game) : ChangeNotices(game, data.ParticipantChanges);
        await Task.WhenAll(messages.Select(notice => messenger.SendAsync(notice.UserId, notice.Message, ct)));
    }

    /// <summary>Everyone on the roster but the host, who cancelled it.</summary>
    private IEnumerable<(string UserId, OutgoingMessage Message)> CancellationNotices(GameView game) =>
        game.Confirmed.Concat(game.Waitlisted)
            .Select(player => player.UserId)
            .OfType<string>()
            .Where(userId => userId != game.Host.UserId)
            .Distinct()
            .Select(userId => (userId, notices.Cancelled(game)));

    private IEnumerable<(string UserId, OutgoingMessage Message)> ChangeNotices(GameView game, IEnumerable<ParticipantChange> changes) =>
        changes
            .Select(change => (change.UserId, Message: notices.ForChange(change.Change, game, change.UserId)))
            .Where(notice => notice.Message is not null)
            .Select(notice => (notice.UserId, notice.Message!));
}
