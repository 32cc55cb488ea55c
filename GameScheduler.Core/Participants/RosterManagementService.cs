using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Participants;

/// <summary>The host's (or a bot manager's) hand on the roster: add, remove and reorder players, placeholders included.</summary>
public sealed class RosterManagementService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Adds a player ahead of everyone who signed up by themselves. Adding a user already on the roster changes nothing.</summary>
    public Task<IGameChangeResult> AddAsync(Caller caller, Guid gameId, NewParticipant newParticipant, CancellationToken cancellationToken) =>
        ChangeRosterAsync(caller, gameId, newParticipant.User, (game, now) =>
        {
            if (newParticipant.PlaceholderName is { } name && (name.Trim().Length == 0 || name.Trim().Length > NewParticipant.PlaceholderNameMaxLength))
            {
                return ValidationFailed.For("placeholder_name", $"The name must be 1 to {NewParticipant.PlaceholderNameMaxLength} characters.");
            }
            var user = newParticipant.User;
            if (user is not null && game.Participants.Any(participant => participant.UserId == user.Id)) return null;

            game.Participants.Add(new Participant
            {
                Id = Guid.CreateVersion7(now),
                GameId = game.Id,
                UserId = user?.Id,
                User = user?.ToUser(now),
                PlaceholderName = user is null ? newParticipant.PlaceholderName!.Trim() : null,
                PositionType = PositionType.HostAdded,
                Position = NextHostPosition(game),
                JoinedAt = ParticipationRules.JoinedAtFor(game, now),
            });
            return null;
        }, cancellationToken);

    public Task<IGameChangeResult> RemoveAsync(Caller caller, Guid gameId, Guid participantId, CancellationToken cancellationToken) =>
        ChangeRosterAsync(caller, gameId, userToRecord: null, (game, _) =>
        {
            if (game.Participants.SingleOrDefault(participant => participant.Id == participantId) is not { } participant)
            {
                return ResourceNotFound.Instance;
            }
            game.Participants.Remove(participant);
            return null;
        }, cancellationToken);

    /// <summary>
    /// Puts the roster in exactly the given order: <paramref name="participantIds"/> must list every participant once.
    /// All become host-placed, so the host's order is the roster order.
    /// </summary>
    public Task<IGameChangeResult> ReorderAsync(Caller caller, Guid gameId, IReadOnlyList<Guid> participantIds, CancellationToken cancellationToken) =>
        ChangeRosterAsync(caller, gameId, userToRecord: null, (game, _) =>
        {
            var byId = game.Participants.ToDictionary(participant => participant.Id);
            if (participantIds.Count != byId.Count || !participantIds.ToHashSet().SetEquals(byId.Keys))
            {
                return ValidationFailed.For("participant_ids", "List every participant of the game exactly once.");
            }
            for (var position = 0; position < participantIds.Count; position++)
            {
                var participant = byId[participantIds[position]];
                participant.PositionType = PositionType.HostAdded;
                participant.Position = position;
            }
            return null;
        }, cancellationToken);

    /// <summary>
    /// Locks the game, checks the caller may manage it, applies <paramref name="change"/> to its participants and, when
    /// the roster changed, commits it with the event and <paramref name="userToRecord"/>'s profile. The change returns
    /// null to go ahead, or the result to stop with.
    /// </summary>
    private Task<IGameChangeResult> ChangeRosterAsync(
        Caller caller,
        Guid gameId,
        UserProfile? userToRecord,
        Func<Game, DateTimeOffset, IGameChangeResult?> change,
        CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;
            if (GameManagementRules.ManageRefusal(game, member) is { } refusal) return new Refused(refusal);

            var now = time.GetUtcNow();
            var before = Roster.Of(game);
            if (change(game, now) is { } stopped) return stopped;

            var after = Roster.Of(game);
            await transaction.CommitAsync(before, after, now, ParticipantChangeKind.Removed, userToRecord, ct);
            return (IGameChangeResult)new GameSaved(GameView.Of(game, after, member, now));
        }, cancellationToken);

    private static int NextHostPosition(Game game) =>
        game.Participants.Where(participant => participant.PositionType == PositionType.HostAdded)
            .Select(participant => participant.Position + 1)
            .DefaultIfEmpty(0)
            .Max();
}
