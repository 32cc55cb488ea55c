using GameScheduler.Core.Games;
using GameScheduler.Core.Members;

namespace GameScheduler.Core.Participants;

/// <summary>Who may join or leave a game by themselves, and when.</summary>
public static class ParticipationRules
{
    public static JoinDecision DecideJoin(Game game, Roster roster, Membership member, DateTimeOffset now)
    {
        if (ClosedReason(game, now) is { } closed) return new JoinDecision.Refuse(closed);
        if (roster.FindUser(member.UserId) is { } existing) return new JoinDecision.AlreadyIn(existing);

        if (game.SignupMethod == SignupMethod.HostSelected) return new JoinDecision.Forbid(Refusals.HostSelectsPlayers);

        // The player roles restrict every sign-up method; an empty list lets every member join.
        var holdsPlayerRole = member.HoldsAnyOf(game.AllowedPlayerRoleIds);
        if (game.AllowedPlayerRoleIds.Count > 0 && !holdsPlayerRole) return new JoinDecision.Forbid(Refusals.RoleRequired);

        return game.SignupMethod switch
        {
            SignupMethod.SelfSignup or SignupMethod.HostSelectedWithWaitlist => new JoinDecision.Accept(PositionType.SelfAdded),
            SignupMethod.RoleBased => new JoinDecision.Accept(holdsPlayerRole ? PositionType.RoleMatched : PositionType.SelfAdded),
            _ => throw new ArgumentOutOfRangeException(nameof(game), game.SignupMethod, "Unknown signup method."),
        };
    }

    /// <summary>Why nobody may leave the game now, or null while leaving is allowed.</summary>
    public static string? LeaveRefusal(Game game, DateTimeOffset now) => ClosedReason(game, now);

    /// <summary>
    /// When a newcomer joins: now, but strictly after everyone already on the roster, so that two joins reading the
    /// same clock never swap places. Whole microseconds, as PostgreSQL stores them.
    /// </summary>
    public static DateTimeOffset JoinedAtFor(Game game, DateTimeOffset now)
    {
        var joinedAt = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
        var latest = game.Participants.Select(participant => participant.JoinedAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        return joinedAt > latest ? joinedAt : latest.AddTicks(TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Whether the Join button makes sense for anyone: the game is open and players may sign themselves up.</summary>
    public static bool AcceptsSelfSignup(Game game, DateTimeOffset now) =>
        game.IsOpen(now) && game.SignupMethod != SignupMethod.HostSelected;

    private static string? ClosedReason(Game game, DateTimeOffset now) => game.Status switch
    {
        GameStatus.Cancelled => Refusals.GameCancelled,
        GameStatus.InProgress or GameStatus.Completed => Refusals.GameStarted,
        _ when now >= game.ScheduledAt => Refusals.GameStarted,
        _ => null,
    };
}
