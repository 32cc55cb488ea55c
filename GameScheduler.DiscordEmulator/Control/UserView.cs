using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>A user as the control API shows it: who they are and where they belong.</summary>
public sealed record UserView(string Id, string Username, IReadOnlyList<string> GuildIds, IReadOnlyList<string> RoleIds, bool DmsClosed)
{
    public static UserView Of(UserAccount account, DiscordDirectory directory)
    {
        var guildIds = directory.GuildIdsOf(account.Id);
        var roleIds = guildIds.SelectMany(guildId => directory.FindMembership(guildId, account.Id)?.RoleIds ?? []).ToList();
        return new UserView(account.Id, account.Username, guildIds, roleIds, account.DmsClosed);
    }
}
