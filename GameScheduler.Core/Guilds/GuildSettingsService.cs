using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

public interface IGuildSettingsResult
{
}

public sealed record GuildSettingsSaved(GuildView Guild) : IGuildSettingsResult;

/// <summary>A guild's GameScheduler configuration, changed by its bot managers.</summary>
public sealed class GuildSettingsService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Replaces the roles whose holders are bot managers; each must be a role of the guild.</summary>
    public async Task<IGuildSettingsResult> SetBotManagerRolesAsync(
        Caller caller, string guildId, IReadOnlyList<string> roleIds, CancellationToken cancellationToken)
    {
        var guild = await db.Guilds.SingleOrDefaultAsync(guild => guild.Id == guildId, cancellationToken);
        if (guild is null || caller.MemberOf(guild) is not { } member) return ResourceNotFound.Instance;
        if (!member.IsBotManagerOf(guild)) return new Refused(Refusals.NotBotManager);

        if (roleIds.Count > GameSettingsValidator.MaxListedRoles) return ValidationFailed.For("bot_manager_role_ids", GameSettingsValidator.TooManyRoles);
        var unknown = await GuildRoleChecks.UnknownRoleIdsAsync(db, guildId, roleIds, cancellationToken);
        if (unknown.Count > 0) return ValidationFailed.For("bot_manager_role_ids", GuildRoleChecks.UnknownRolesMessage(unknown));

        guild.BotManagerRoleIds = [.. roleIds.Distinct()];
        guild.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new GuildSettingsSaved(GuildView.Of(guild, caller.MemberOf(guild)!));
    }
}
