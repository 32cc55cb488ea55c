using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

/// <summary>What one viewer may do with a game, so that no client re-derives the rules.</summary>
public sealed record ViewerPermissions(bool CanJoin, bool CanLeave, bool CanEdit, bool IsParticipant, bool IsWaitlisted)
{
    public static ViewerPermissions None { get; } = new(false, false, false, false, false);

    public static ViewerPermissions For(Game game, Roster roster, Membership member, DateTimeOffset now)
    {
        var participant = roster.FindUser(member.UserId);
        return new ViewerPermissions(
            CanJoin: ParticipationRules.DecideJoin(game, roster, member, now) is JoinDecision.Accept,
            CanLeave: participant is not null && ParticipationRules.LeaveRefusal(game, now) is null,
            CanEdit: GameManagementRules.CanManage(game, member),
            IsParticipant: participant is not null,
            IsWaitlisted: participant is not null && roster.IsWaitlisted(participant));
    }
}
