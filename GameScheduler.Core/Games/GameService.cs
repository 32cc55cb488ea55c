using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Games;

/// <summary>Creating, editing and cancelling games. Each change commits with its event and its rewritten timers.</summary>
public sealed class GameService(GameSchedulerDbContext db, UserDirectory users, TimeProvider time)
{
    /// <summary>
    /// Creates a game hosted by the caller. Fields left out come from the chosen template or the guild's default
    /// template. Members may host with a template that names no host roles; otherwise they need one of its host
    /// roles, unless they are bot managers. Bot managers may name another member of the guild as the host. The caller
    /// and the bot must both be able to post in the channel.
    /// </summary>
    public async Task<IGameChangeResult> CreateAsync(Caller caller, NewGame request, CancellationToken cancellationToken)
    {
        var namedHost = request.Host is { } named && named.UserId != caller.UserId ? named : null;
        await users.EnsureAsync(caller.User, cancellationToken);
        if (namedHost?.Member is { } namedProfile) await users.EnsureAsync(namedProfile, cancellationToken);
        return await db.InTransactionAsync<IGameChangeResult>(async ct =>
        {
            var guild = DiscordIds.IsWellFormed(request.GuildId) ? await db.Guilds.FindAsync([request.GuildId], ct) : null;
            if (guild is null || caller.MemberOf(guild) is not { } member) return ResourceNotFound.Instance;

            var now = time.GetUtcNow();
            var template = await db.Templates.SingleOrDefaultAsync(
                template => template.GuildId == guild.Id && (request.TemplateId == null ? template.IsDefault : template.Id == request.TemplateId), ct);
            if (request.TemplateId is not null && template is null) return ValidationFailed.For("template_id", "Unknown template.");

            if (namedHost is not null && !member.IsBotManagerOf(guild)) return new Forbidden(Refusals.OnlyManagersPickTheHost);
            if (namedHost is { Member: null }) return ValidationFailed.For("host_user_id", "This user is not a member of the server.");

            var defaults = template ?? DefaultTemplate.For(guild.Id, channelId: null, now);
            if (defaults.AllowedHostRoleIds.Count > 0 && !member.IsBotManagerOf(guild) && !member.HoldsAnyOf(defaults.AllowedHostRoleIds))
            {
                return new Refused(Refusals.NotAllowedToHost);
            }

            var settings = new GameSettings(
                request.ChannelId ?? defaults.ChannelId,
                request.Title,
                request.Description ?? "",
                request.ScheduledAt,
                request.TimeZone,
                request.DurationMinutes ?? defaults.DurationMinutes,
                request.MaxPlayers ?? defaults.MaxPlayers,
                request.Where ?? defaults.Where,
                request.SignupMethod ?? defaults.SignupMethod,
                request.ReminderMinutes ?? defaults.ReminderMinutes,
                request.AllowedPlayerRoleIds ?? defaults.AllowedPlayerRoleIds,
                request.NotifyRoleIds ?? defaults.NotifyRoleIds,
                request.SignupInstructions ?? defaults.SignupInstructions,
                request.PostAt,
                request.Recurrence ?? (request.ScheduledAt is { } start ? defaults.Recurrence?.FittedTo(start, request.TimeZone) : defaults.Recurrence),
                request.CarryOverPlayers ?? true,
                request.ConfirmMinutesBefore ?? GameSeries.DefaultConfirmMinutesBefore);
            var asTemplateSets = settings with { ChannelId = defaults.ChannelId, SignupMethod = defaults.SignupMethod };
            if (GameManagementRules.LockedFieldRefusal(guild, member, defaults.LockedFields, asTemplateSets, settings) is { } locked)
            {
                return new Forbidden(locked);
            }

            var errors = await ValidateAsync(settings, guild.Id, scheduledAtChanged: true, postAtChanged: true, rolesChanged: true, now, ct);
            if (errors.Count > 0) return new ValidationFailed(errors);
            if (await ChannelChoice.RefusalAsync(db, caller, guild.Id, settings.ChannelId!, ct) is { } channelRefusal) return channelRefusal;

            var host = users.Attach(namedHost?.Member ?? caller.User);
            var game = new Game
            {
                Id = Guid.CreateVersion7(now),
                GuildId = guild.Id,
                Guild = guild,
                ChannelId = settings.ChannelId!,
                TemplateId = template?.Id,
                HostId = host.Id,
                Host = host,
                Title = settings.Title!,
                LockedFields = [.. defaults.LockedFields],
                Status = GameStatus.Scheduled,
                CreatedAt = now,
                UpdatedAt = now,
            };
            settings.ApplyTo(game);
            (template is null ? AnnouncementTidy.Keep : new AnnouncementTidy(template.AfterGame, template.AfterGameDelayMinutes, template.ArchiveChannelId))
                .ApplyTo(game);
            return await AddAsync(game, member, now, ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Creates a copy of a game at another time, announced like any new game: same host, channel, template, settings and
    /// locked fields; with <see cref="GameClone.CarryOverPlayers"/> its confirmed players and waitlist in the same order.
    /// Only the source's host and bot managers clone it, whatever its status; the new time must lie in the future.
    /// </summary>
    public Task<IGameChangeResult> CloneAsync(Caller caller, Guid sourceId, GameClone clone, CancellationToken cancellationToken) =>
        db.InTransactionAsync<IGameChangeResult>(async ct =>
        {
            var source = await db.Games.WithDetails().SingleOrDefaultAsync(game => game.Id == sourceId, ct);
            if (source is null || caller.MemberOf(source.Guild!) is not { } member) return ResourceNotFound.Instance;
            if (!GameManagementRules.IsHostOrManager(source, member)) return new Forbidden(Refusals.NotHostOrManager);

            var now = time.GetUtcNow();
            // A clone is a game of its own: it does not join or start a series.
            var settings = GameSettings.Of(source) with { ScheduledAt = clone.ScheduledAt, PostAt = null, Recurrence = null };
            var errors = await ValidateAsync(settings, source.GuildId, scheduledAtChanged: true, postAtChanged: false, rolesChanged: false, now, ct);
            if (errors.Count > 0) return new ValidationFailed(errors);
            if (await ChannelChoice.RefusalAsync(db, caller, source.GuildId, settings.ChannelId!, ct) is { } channelRefusal) return channelRefusal;

            var game = GameCopies.Of(source, settings, now);
            if (clone.CarryOverPlayers) game.Participants.AddRange(source.Participants.Select(player => GameCopies.SeatOf(player, game.Id, now)));
            return await AddAsync(game, member, now, ct);
        }, cancellationToken);

    /// <summary>
    /// Edits a game; fewer or more seats promote or demote players, and a new time rewrites the timers. A new post time
    /// moves the announcement of a game still waiting for it; once the game is announced its post time is refused. Moving it to
    /// another channel follows the same rule as choosing one at creation (<see cref="ChannelChoice"/>). A change of one
    /// game of a series alone (<see cref="SeriesEditScope.ThisGame"/>) makes the series' next game first, from the game as
    /// it was, and takes this one out of the series.
    /// </summary>
    public Task<IGameChangeResult> UpdateAsync(Caller caller, Guid gameId, GameEdit edit, CancellationToken cancellationToken) =>
        db.InTransactionAsync<IGameChangeResult>(async ct =>
        {
            var game = await db.LockAndLoadAsync(gameId, ct);
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;
            if (GameManagementRules.ManageRefusal(game, member) is { } refusal) return new Refused(refusal);

            var now = time.GetUtcNow();
            var current = GameSettings.Of(game);
            // A change of this game alone takes it out of its series; a change of the rule is always one of the series.
            var alone = edit.ApplyTo == SeriesEditScope.ThisGame && game.Recurrence is not null && !edit.ChangesRecurrence;
            var settings = alone ? current.With(edit) with { Recurrence = null } : current.With(edit);
            if (GameManagementRules.LockedFieldRefusal(game.Guild!, member, game.LockedFields, current, settings) is { } locked)
            {
                return new Forbidden(locked);
            }

            var scheduledAtChanged = edit.ScheduledAt is { } scheduledAt && scheduledAt != game.ScheduledAt;
            var rolesChanged = edit.AllowedPlayerRoleIds is not null || edit.NotifyRoleIds is not null;
            var postAtChanged = edit.PostAt is { } postAt && postAt != game.PostAt;
            var errors = await ValidateAsync(settings, game.GuildId, scheduledAtChanged, postAtChanged, rolesChanged, now, ct);
            if (postAtChanged && !game.AwaitsAnnouncement(now))
            {
                errors.TryAdd("post_at", [GameSettingsValidator.AlreadyAnnounced]);
            }
            if (errors.Count > 0) return new ValidationFailed(errors);
            if (settings.ChannelId != game.ChannelId
                && await ChannelChoice.RefusalAsync(db, caller, game.GuildId, settings.ChannelId!, ct) is { } channelRefusal) return channelRefusal;

            var before = Roster.Of(game);
            var next = alone ? await db.NextInSeriesAsync(game, now, ct) : null;
            (settings with { Recurrence = alone ? game.Recurrence : settings.Recurrence }).ApplyTo(game);
            // An edit that changes no field is no change: no new time stamp, schedule or event for the bot to act on.
            if (!db.ChangeTracker.HasChanges()) return new GameSaved(GameView.Of(game, member, now));
            if (alone)
            {
                // The series goes on from the game as it was before this change.
                GameSeries.Detach(game);
                if (next is not null) await db.AddGameAsync(next, now, ct);
            }
            if (game.ConfirmBy is not null) game.ConfirmBy = game.ScheduledAt.AddMinutes(-game.ConfirmMinutesBefore);
            game.UpdatedAt = now;
            await db.ReplaceScheduleAsync(game, now, ct);
            db.AddEvent(new GameUpdated(game.Id, game.GuildId) { ParticipantChanges = RosterDiff.Between(before, Roster.Of(game)) }, now);
            await db.SaveChangesAsync(ct);
            return new GameSaved(GameView.Of(game, member, now));
        }, cancellationToken);

    /// <summary>
    /// Cancels a scheduled game: its timers are dropped, the tidying of its announcement is planned and game.cancelled is
    /// written. The next game of its series, if it repeats, is made now.
    /// </summary>
    public Task<IGameChangeResult> CancelAsync(Caller caller, Guid gameId, CancellationToken cancellationToken) =>
        db.InTransactionAsync<IGameChangeResult>(async ct =>
        {
            var game = await db.LockAndLoadAsync(gameId, ct);
            if (game is null || caller.MemberOf(game.Guild!) is not { } member) return ResourceNotFound.Instance;
            if (GameManagementRules.ManageRefusal(game, member) is { } refusal) return new Refused(refusal);

            var now = time.GetUtcNow();
            // Cancelling one game of a series keeps the series going; stopping it is a change of its rule.
            await db.ContinueSeriesAsync(game, now, ct);
            game.Status = GameStatus.Cancelled;
            game.UpdatedAt = now;
            await db.ReplaceScheduleAsync(game, now, ct);
            if (SchedulePlanner.Tidy(game, after: now) is { } tidy) db.ScheduleEntries.Add(tidy);
            db.AddEvent(new GameCancelled(game.Id, game.GuildId), now);
            await db.SaveChangesAsync(ct);
            return new GameSaved(GameView.Of(game, member, now));
        }, cancellationToken);

    /// <summary>Remembers the bot's announcement message; returns false when the game does not exist.</summary>
    public async Task<bool> RecordAnnouncementAsync(Guid gameId, string discordMessageId, CancellationToken cancellationToken) =>
        await db.Games
            .Where(game => game.Id == gameId)
            .ExecuteUpdateAsync(set => set.SetProperty(game => game.DiscordMessageId, discordMessageId), cancellationToken) == 1;

    private async Task<IGameChangeResult> AddAsync(Game game, Membership member, DateTimeOffset now, CancellationToken ct)
    {
        await db.AddGameAsync(game, now, ct);
        await db.SaveChangesAsync(ct);
        return new GameSaved(GameView.Of(game, member, now));
    }

    /// <param name="rolesChanged">Role lists are checked against the guild's roles only when set, so a role deleted since does not block other edits.</param>
    private async Task<Dictionary<string, string[]>> ValidateAsync(
        GameSettings settings, string guildId, bool scheduledAtChanged, bool postAtChanged, bool rolesChanged, DateTimeOffset now, CancellationToken ct)
    {
        var errors = GameSettingsValidator.Validate(settings, scheduledAtChanged, now, postAtChanged);
        if (!errors.ContainsKey("channel_id")
            && (!DiscordIds.IsWellFormed(settings.ChannelId) || !await db.Channels.AnyAsync(channel => channel.Id == settings.ChannelId && channel.GuildId == guildId, ct)))
        {
            errors["channel_id"] = ["Unknown channel."];
        }
        if (rolesChanged)
        {
            await GuildRoleChecks.AddUnknownRoleErrorsAsync(db, guildId, errors, ct,
                ("allowed_player_role_ids", settings.AllowedPlayerRoleIds), ("notify_role_ids", settings.NotifyRoleIds));
        }
        return errors;
    }
}
