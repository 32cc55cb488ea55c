using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Participants;

/// <summary>
/// The host's (or a bot manager's) hand on the roster: add, remove and reorder players, placeholders included. Anyone
/// else in the guild is <see cref="Forbidden"/>; each change commits with its game.updated event, whose roster diff
/// tells the players what changed for them (a removal, a promotion).
/// </summary>
public sealed class RosterManagementService(GameSchedulerDbContext db, IGuildMemberDirectory members, TimeProvider time)
{
    /// <summary>
    /// Adds a member of the game's guild, or a placeholder, where <see cref="HostPlacement"/> places them. A user already on
    /// the roster is <see cref="AlreadyOnRoster"/>; a user who is not a member of the guild fails validation on
    /// <c>user_id</c>. Neither writes anything.
    /// </summary>
    public Task<IGameChangeResult> AddAsync(Caller caller, Guid gameId, NewParticipant newParticipant, CancellationToken cancellationToken) =>
        ManageAsync(caller, gameId, async (edit, ct) =>
        {
            var game = edit.Game;
            UserProfile? profile = null;
            string? placeholderName = null;
            if (newParticipant.UserId is { } userId)
            {
                if (game.Participants.FirstOrDefault(participant => participant.UserId == userId) is { } existing)
                {
                    return new AlreadyOnRoster(ParticipantView.Of(existing));
                }

                // Looked up under the game's lock: only the game tells the guild, and reading the game once more to
                // learn it first would cost every add a database round trip.
                profile = await members.FindAsync(game.GuildId, userId, ct);
                if (profile is null) return ValidationFailed.For("user_id", "This user is not a member of the game's server.");
            }
            else
            {
                placeholderName = newParticipant.PlaceholderName?.Trim();
                if (placeholderName is not { Length: > 0 and <= NewParticipant.PlaceholderNameMaxLength })
                {
                    return ValidationFailed.For("display_name", $"The name must be 1 to {NewParticipant.PlaceholderNameMaxLength} characters.");
                }
                if (!PlainText.IsSingleLine(placeholderName)) return ValidationFailed.For("display_name", PlainText.SingleLineRule("The name"));
            }

            var participant = new Participant
            {
                Id = Guid.CreateVersion7(edit.Now),
                GameId = game.Id,
                UserId = profile?.Id,
                User = profile?.ToUser(edit.Now),
                PlaceholderName = placeholderName,
                JoinedAt = ParticipationRules.JoinedAtFor(game, edit.Now),
            };
            HostPlacement.Add(game, participant);
            return new ParticipantAdded(await edit.CommitAsync(profile, ct), ParticipantView.Of(participant));
        }, cancellationToken);

    /// <summary>Takes a participant off the roster; the first waitlisted player moves up. An unknown participant is not found.</summary>
    public Task<IGameChangeResult> RemoveAsync(Caller caller, Guid gameId, Guid participantId, CancellationToken cancellationToken) =>
        ManageAsync(caller, gameId, async (edit, ct) =>
        {
            if (edit.Game.Participants.SingleOrDefault(participant => participant.Id == participantId) is not { } participant)
            {
                return ResourceNotFound.Instance;
            }
            edit.Game.Participants.Remove(participant);
            return new GameSaved(await edit.CommitAsync(profile: null, ct));
        }, cancellationToken);

    /// <summary>
    /// Puts the roster in exactly the given order: <paramref name="participantIds"/> must list every participant once.
    /// All become host-placed, so the host's order is the roster order and the first seats' worth are confirmed.
    /// </summary>
    public Task<IGameChangeResult> ReorderAsync(Caller caller, Guid gameId, IReadOnlyList<Guid> participantIds, CancellationToken cancellationToken) =>
        ManageAsync(caller, gameId, async (edit, ct) =>
        {
            var byId = edit.Game.Participants.ToDictionary(participant => participant.Id);
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
            return new GameSaved(await edit.CommitAsync(profile: null, ct));
        }, cancellationToken);

    /// <summary>Locks the game, checks the caller may manage it, and runs <paramref name="change"/> on it.</summary>
    private Task<IGameChangeResult> ManageAsync(
        Caller caller,
        Guid gameId,
        Func<RosterEdit, CancellationToken, Task<IGameChangeResult>> change,
        CancellationToken cancellationToken) =>
        RosterTransaction.RunAsync(db, gameId, async (transaction, ct) =>
        {
            var game = transaction.Game;
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;
            if (!GameManagementRules.IsHostOrManager(game, member)) return new Forbidden(Refusals.NotHostOrManager);
            if (GameManagementRules.ManageRefusal(game, member) is { } refusal) return new Refused(refusal);
            return await change(new RosterEdit(transaction, game, member, time.GetUtcNow()), ct);
        }, cancellationToken);

    /// <summary>One change to a locked game's roster: the game, its roster as read, and the commit that follows the change.</summary>
    private sealed class RosterEdit(RosterTransaction transaction, Game game, Membership member, DateTimeOffset now)
    {
        private readonly Roster before = Roster.Of(game);

        public Game Game => game;

        public DateTimeOffset Now => now;

        /// <summary>
        /// Commits the roster as it is now with its event and <paramref name="profile"/> (nothing when it is as read), and
        /// shows the game to the caller.
        /// </summary>
        public async Task<GameView> CommitAsync(UserProfile? profile, CancellationToken ct)
        {
            var after = Roster.Of(game);
            await transaction.CommitAsync(before, after, now, ParticipantChangeKind.Removed, profile, ct);
            return GameView.Of(game, after, member, now);
        }
    }
}
