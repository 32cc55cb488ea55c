using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;

namespace GameScheduler.Core.Games;

/// <summary>
/// Who may edit or cancel a game and manage its roster: its host and the guild's bot managers, while it is scheduled.
/// Fields the game's template locks only bot managers may change.
/// </summary>
public static class GameManagementRules
{
    public static bool CanManage(Game game, Membership member) => ManageRefusal(game, member) is null;

    public static bool IsHostOrManager(Game game, Membership member) => game.HostId == member.UserId || member.IsBotManagerOf(game.Guild!);

    public static string? ManageRefusal(Game game, Membership member)
    {
        if (!IsHostOrManager(game, member)) return Refusals.NotHostOrManager;
        return game.Status == GameStatus.Scheduled ? null : Refusals.GameClosedForChanges;
    }

    /// <summary>Why <paramref name="member"/> may not give a locked field another value than in <paramref name="locked"/>; null when they may.</summary>
    public static string? LockedFieldRefusal(
        Guild guild, Membership member, IReadOnlyCollection<string> lockedFields, GameSettings locked, GameSettings wanted)
    {
        if (member.IsBotManagerOf(guild)) return null;
        var changed = LockableFields.All.FirstOrDefault(field => lockedFields.Contains(field) && !SameValue(field, locked, wanted));
        return changed is null ? null : Refusals.LockedByTemplate(changed);
    }

    private static bool SameValue(string field, GameSettings left, GameSettings right) => field switch
    {
        LockableFields.ChannelId => left.ChannelId == right.ChannelId,
        LockableFields.SignupMethod => left.SignupMethod == right.SignupMethod,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a lockable field."),
    };
}
