using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Participants;

/// <summary>Joining and leaving a game by oneself — the one implementation behind the web's and Discord's buttons.</summary>
public sealed class ParticipationService(GameSchedulerDbContext db, UserDirectory users, TimeProvider time)
{
    /// <summary>
    /// Puts the caller on the roster (confirmed or waitlisted) and commits the game.updated event with it.
    /// Joining again is harmless: it answers <see cref="AlreadyJoined"/> and writes nothing.
    /// </summary>
    public async Task<IJoinResult> JoinAsync(Caller caller, Guid gameId, CancellationToken cancellationToken)
    {
        await users.EnsureAsync(caller.User, cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync<IJoinResult>(async ct =>
        {
            await using var transaction = await JoinTransaction.BeginAsync(db, gameId, ct);
            var game = transaction.Game;
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;

            var now = time.GetUtcNow();
            var before = Roster.Of(game);
            var decision = ParticipationRules.DecideJoin(game, before, member, now);
            if (decision is JoinDecision.Refuse refusal) return new Refused(refusal.Reason);
            if (decision is not JoinDecision.Accept accepted) return new AlreadyJoined(GameView.Of(game, before, member, now));

            var participant = new Participant
            {
                Id = Guid.CreateVersion7(now),
                GameId = game.Id,
                UserId = caller.UserId,
                User = caller.User.ToUser(),
                PositionType = accepted.PositionType,
                JoinedAt = ParticipationRules.JoinedAtFor(game, now),
            };
            game.Participants.Add(participant);
            var after = before.With(participant, game);
            await transaction.CommitAsync(participant, GameEventWriter.RosterChangedEvent(game, before, after, now), ct);

            var view = GameView.Of(game, after, member, now);
            return after.WaitlistPosition(participant) is { } position
                ? new Waitlisted(view, position)
                : new Joined(view);
        }, cancellationToken);
    }

    /// <summary>Takes the caller off the roster; the first waitlisted player moves up and is told so in the event.</summary>
    public Task<ILeaveResult> LeaveAsync(Caller caller, Guid gameId, CancellationToken cancellationToken) =>
        db.InTransactionAsync<ILeaveResult>(async ct =>
        {
            var game = await db.LockAndLoadAsync(gameId, ct);
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;

            var now = time.GetUtcNow();
            var before = Roster.Of(game);
            if (before.FindUser(caller.UserId) is not { } participant) return new NotParticipant(GameView.Of(game, member, now));
            if (ParticipationRules.LeaveRefusal(game, now) is { } refusal) return new Refused(refusal);

            game.Participants.Remove(participant);
            db.Participants.Remove(participant);
            db.AddRosterChangedEvent(game, before, now, ParticipantChangeKind.Left);
            await db.SaveChangesAsync(ct);
            return new Left(GameView.Of(game, member, now));
        }, cancellationToken);
}
