using GameScheduler.Core.Data;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Templates;

public interface ITemplateChangeResult
{
}

public sealed record TemplateSaved(TemplateView Template) : ITemplateChangeResult;

public sealed record TemplateDeleted : ITemplateChangeResult
{
    public static TemplateDeleted Instance { get; } = new();
}

/// <summary>Templates of a guild: every member reads them, bot managers change them, and there is always one default.</summary>
public sealed class TemplateService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>The guild's templates in display order, or null when the guild is absent for the caller.</summary>
    public async Task<IReadOnlyList<TemplateView>?> ListAsync(Caller caller, string guildId, CancellationToken cancellationToken)
    {
        if (!caller.Guilds.ContainsKey(guildId) || !await db.Guilds.AnyAsync(guild => guild.Id == guildId, cancellationToken)) return null;
        var templates = await db.Templates.AsNoTracking().Where(template => template.GuildId == guildId)
            .OrderBy(template => template.Order).ThenBy(template => template.Name).ToListAsync(cancellationToken);
        return [.. templates.Select(TemplateView.Of)];
    }

    public async Task<TemplateView?> FindAsync(Caller caller, Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking()
            .Where(template => db.Guilds.Any(guild => guild.Id == template.GuildId))
            .SingleOrDefaultAsync(template => template.Id == templateId, cancellationToken);
        return template is not null && caller.Guilds.ContainsKey(template.GuildId) ? TemplateView.Of(template) : null;
    }

    public Task<ITemplateChangeResult> CreateAsync(Caller caller, string guildId, TemplateDraft draft, CancellationToken cancellationToken) =>
        db.InTransactionAsync<ITemplateChangeResult>(async ct =>
        {
            if (await ManagedGuildAsync(caller, guildId, ct) is { } refusal) return refusal;
            if (draft.IsDefault == true) await GuildLocks.LockAsync(db, guildId, ct);

            var now = time.GetUtcNow();
            var template = DefaultTemplate.New(guildId, name: "", channelId: null, isDefault: false, now);
            draft.ApplyTo(template);
            return await SaveAsync(caller, template, before: default, isNew: true, ct);
        }, cancellationToken);

    public Task<ITemplateChangeResult> UpdateAsync(Caller caller, Guid templateId, TemplateDraft draft, CancellationToken cancellationToken) =>
        db.InTransactionAsync<ITemplateChangeResult>(async ct =>
        {
            if (draft.IsDefault == true) await LockGuildOfAsync(templateId, ct);
            var template = await db.Templates.SingleOrDefaultAsync(template => template.Id == templateId, ct);
            if (template is null) return ResourceNotFound.Instance;
            if (await ManagedGuildAsync(caller, template.GuildId, ct) is { } refusal) return refusal;
            if (template.IsDefault && draft.IsDefault == false) return new Refused(Refusals.DefaultTemplateRequired);

            var before = (template.ChannelId, template.ArchiveChannelId);
            draft.ApplyTo(template);
            return await SaveAsync(caller, template, before, isNew: false, ct);
        }, cancellationToken);

    /// <summary>Deletes a template that is not the default; games made from it keep their settings.</summary>
    public async Task<ITemplateChangeResult> DeleteAsync(Caller caller, Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.Templates.SingleOrDefaultAsync(template => template.Id == templateId, cancellationToken);
        if (template is null) return ResourceNotFound.Instance;
        if (await ManagedGuildAsync(caller, template.GuildId, cancellationToken) is { } refusal) return refusal;
        if (template.IsDefault) return new Refused(Refusals.DefaultTemplateRequired);

        db.Templates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDeleted.Instance;
    }

    /// <summary>
    /// Default changes in one guild take turns (the unique index allows one default per guild), so that each steps the
    /// previous default down: the guild's row is locked before the template is read.
    /// </summary>
    private async Task LockGuildOfAsync(Guid templateId, CancellationToken ct)
    {
        var guildId = await db.Templates.Where(template => template.Id == templateId).Select(template => template.GuildId).SingleOrDefaultAsync(ct);
        if (guildId is not null) await GuildLocks.LockAsync(db, guildId, ct);
    }

    /// <summary>Null when the caller is a bot manager of the guild; else why not.</summary>
    private async Task<ITemplateChangeResult?> ManagedGuildAsync(Caller caller, string guildId, CancellationToken ct)
    {
        if (!DiscordIds.IsWellFormed(guildId)) return ResourceNotFound.Instance;
        var guild = await db.Guilds.AsNoTracking().SingleOrDefaultAsync(guild => guild.Id == guildId, ct);
        if (guild is null || caller.MemberOf(guild) is not { } member) return ResourceNotFound.Instance;
        return member.IsBotManagerOf(guild) ? null : new Refused(Refusals.NotBotManager);
    }

    /// <summary>Validates and writes the template; a channel it newly names must be one the caller and the bot can post in.</summary>
    /// <param name="before">The channels the template named before this change.</param>
    private async Task<ITemplateChangeResult> SaveAsync(
        Caller caller, GameTemplate template, (string? Channel, string? Archive) before, bool isNew, CancellationToken ct)
    {
        var errors = TemplateValidator.Validate(template, time.GetUtcNow());
        await CheckReferencesAsync(template, errors, ct);
        if (errors.Count > 0) return new ValidationFailed(errors);
        if (template.ChannelId is { } channelId && channelId != before.Channel
            && await ChannelChoice.RefusalAsync(db, caller, template.GuildId, channelId, ct) is { } channelRefusal) return channelRefusal;
        if (template.ArchiveChannelId is { } archiveId && archiveId != before.Archive
            && await ChannelChoice.RefusalAsync(db, caller, template.GuildId, archiveId, ct, "archive_channel_id") is { } archiveRefusal)
        {
            return archiveRefusal;
        }

        if (!isNew && !db.ChangeTracker.HasChanges()) return new TemplateSaved(TemplateView.Of(template));
        if (template.IsDefault)
        {
            // The unique index allows one default per guild, so the old one steps down first.
            await db.Templates
                .Where(other => other.GuildId == template.GuildId && other.IsDefault && other.Id != template.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(other => other.IsDefault, false), ct);
        }
        template.UpdatedAt = time.GetUtcNow();
        if (isNew) db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return new TemplateSaved(TemplateView.Of(template));
    }

    private async Task CheckReferencesAsync(GameTemplate template, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (!await IsChannelOfGuildAsync(template.ChannelId, template.GuildId, ct)) errors["channel_id"] = ["Unknown channel."];
        if (!await IsChannelOfGuildAsync(template.ArchiveChannelId, template.GuildId, ct)) errors["archive_channel_id"] = ["Unknown channel."];
        await GuildRoleChecks.AddUnknownRoleErrorsAsync(db, template.GuildId, errors, ct,
            ("allowed_host_role_ids", template.AllowedHostRoleIds),
            ("allowed_player_role_ids", template.AllowedPlayerRoleIds),
            ("notify_role_ids", template.NotifyRoleIds));
    }

    /// <summary>True for no channel at all, or one of the guild's.</summary>
    private async Task<bool> IsChannelOfGuildAsync(string? channelId, string guildId, CancellationToken ct) =>
        channelId is null
        || (DiscordIds.IsWellFormed(channelId) && await db.Channels.AnyAsync(channel => channel.Id == channelId && channel.GuildId == guildId, ct));
}
