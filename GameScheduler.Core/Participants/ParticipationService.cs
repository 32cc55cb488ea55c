using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;

namespace GameScheduler.Core.Participants;

/// <summary>Joining and leaving a game by oneself — the one implementation behind the web's and Discord's buttons.</summary>
public sealed class ParticipationService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// Puts the caller on the roster (confirmed or waitlisted) and commits the game.updated event and the caller's
    /// profile with it. Joining again is harmless: it answers <see cref="AlreadyJoined"/> and writes nothing.
    /// </summary>
    public Task<IJoinResult> JoinAsync(Caller caller, Guid gameId, CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync<IJoinResult>(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;

            var now = time.GetUtcNow();
            var before = Roster.Of(game);
            var decision = ParticipationRules.DecideJoin(game, before, member, now);
            if (decision is JoinDecision.Refuse refusal) return new Refused(refusal.Reason);
            if (decision is JoinDecision.Forbid forbidden) return new Forbidden(forbidden.Reason);
            if (decision is not JoinDecision.Accept accepted) return new AlreadyJoined(GameView.Of(game, before, member, now));

            var participant = new Participant
            {
                Id = Guid.CreateVersion7(now),
                GameId = game.Id,
                UserId = caller.UserId,
                User = caller.User.ToUser(now),
                PositionType = accepted.PositionType,
                JoinedAt = ParticipationRules.JoinedAtFor(game, now),
            };
            game.Participants.Add(participant);
            var after = before.With(participant, game);
            await transaction.CommitAsync(before, after, now, ParticipantChangeKind.Removed, caller.User, ct);

            var view = GameView.Of(game, after, member, now);
            return after.WaitlistPosition(participant) is { } position
                ? new Waitlisted(view, position)
                : new Joined(view);
        }, cancellationToken);

    /// <summary>Takes the caller off the roster; the first waitlisted player moves up and is told so in the event.</summary>
    public Task<ILeaveResult> LeaveAsync(Caller caller, Guid gameId, CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync<ILeaveResult>(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;
            return await GiveUpSeatAsync(transaction, game, caller.UserId, member, ct);
        }, cancellationToken);

    /// <summary>
    /// A carried-over player's "Drop" (<see cref="GameSeries"/>): like leaving. The seat is its holder's to give up, so
    /// the roster is the check: to anyone not on it the game does not exist.
    /// </summary>
    public Task<ILeaveResult> DropSeatAsync(string userId, Guid gameId, CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync<ILeaveResult>(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null || game.Participants.All(player => player.UserId != userId)) return ResourceNotFound.Instance;
            return await GiveUpSeatAsync(transaction, game, userId, viewer: null, ct);
        }, cancellationToken);

    /// <summary>A carried-over player's "Still in": the seat stays theirs past the game's confirmation deadline.</summary>
    public Task<IConfirmSeatResult> ConfirmSeatAsync(string userId, Guid gameId, CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync<IConfirmSeatResult>(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null) return ResourceNotFound.Instance;
            var now = time.GetUtcNow();
            var before = Roster.Of(game);
            if (before.FindUser(userId) is not { } seat) return ResourceNotFound.Instance;
            if (ParticipationRules.LeaveRefusal(game, now) is { } refusal) return new Refused(refusal);
            if (!seat.AwaitingConfirmation) return new SeatConfirmed(GameView.Of(game, before, viewer: null, now));

            seat.AwaitingConfirmation = false;
            await transaction.CommitAsync(before, before, now, ParticipantChangeKind.Left, profile: null, ct);
            return new SeatConfirmed(GameView.Of(game, before, viewer: null, now));
        }, cancellationToken);

    private async Task<ILeaveResult> GiveUpSeatAsync(RosterTransaction transaction, Game game, string userId, Membership? viewer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var before = Roster.Of(game);
        if (before.FindUser(userId) is not { } participant) return new NotParticipant(GameView.Of(game, before, viewer, now));
        if (ParticipationRules.LeaveRefusal(game, now) is { } refusal) return new Refused(refusal);

        game.Participants.Remove(participant);
        var after = Roster.Of(game);
        await transaction.CommitAsync(before, after, now, ParticipantChangeKind.Left, profile: null, ct);
        return new Left(GameView.Of(game, after, viewer, now));
    }
}
