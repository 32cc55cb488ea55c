using GameScheduler.Core.Members;

namespace GameScheduler.Core.Games;

/// <summary>Who may edit or cancel a game and manage its roster: its host and the guild's bot managers, while it is scheduled.</summary>
public static class GameManagementRules
{
    public static bool CanManage(Game game, Membership member) => ManageRefusal(game, member) is null;

    public static bool IsHostOrManager(Game game, Membership member) => game.HostId == member.UserId || member.IsBotManagerOf(game.Guild!);

    public static string? ManageRefusal(Game game, Membership member)
    {
        if (!IsHostOrManager(game, member)) return Refusals.NotHostOrManager;
        return game.Status == GameStatus.Scheduled ? null : Refusals.GameClosedForChanges;
    }
}
