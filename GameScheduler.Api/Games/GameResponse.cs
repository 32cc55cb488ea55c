using GameScheduler.Core.Games;

namespace GameScheduler.Api.Games;

/// <summary>A game as the REST contract shows it, with what the caller may do so no client re-derives the rules.</summary>
public sealed record GameResponse(
    Guid Id,
    string GuildId,
    string ChannelId,
    bool ChannelDeleted,
    Guid? TemplateId,
    string Title,
    string Description,
    DateTimeOffset ScheduledAt,
    DateTimeOffset? PostAt,
    bool AwaitsAnnouncement,
    string? TimeZone,
    int DurationMinutes,
    int MaxPlayers,
    string Where,
    SignupMethod SignupMethod,
    IReadOnlyList<int> ReminderMinutes,
    IReadOnlyList<string> AllowedPlayerRoleIds,
    IReadOnlyList<string> NotifyRoleIds,
    string SignupInstructions,
    IReadOnlyList<string> LockedFields,
    GameStatus Status,
    GameHost Host,
    string? DiscordMessageId,
    string? DiscordMessageUrl,
    ParticipantsResponse Participants,
    int ConfirmedCount,
    int WaitlistedCount,
    bool CanJoin,
    bool CanLeave,
    bool CanEdit,
    bool IsParticipant,
    bool IsWaitlisted,
    Recurrence? Recurrence,
    Guid? SeriesId,
    bool CarryOverPlayers,
    int ConfirmMinutesBefore,
    DateTimeOffset? ConfirmBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    /// <summary>The properties that depend on who asks; everything else is the same for every viewer.</summary>
    public static IReadOnlyList<string> ViewerFields { get; } =
        [nameof(CanJoin), nameof(CanLeave), nameof(CanEdit), nameof(IsParticipant), nameof(IsWaitlisted)];

    public static GameResponse Of(GameView game) => new(
        game.Id,
        game.GuildId,
        game.ChannelId,
        game.ChannelDeleted,
        game.TemplateId,
        game.Title,
        game.Description,
        game.ScheduledAt,
        game.PostAt,
        game.AwaitsAnnouncement,
        game.TimeZone,
        game.DurationMinutes,
        game.MaxPlayers,
        game.Where,
        game.SignupMethod,
        game.ReminderMinutes,
        game.AllowedPlayerRoleIds,
        game.NotifyRoleIds,
        game.SignupInstructions,
        game.LockedFields,
        game.Status,
        game.Host,
        game.DiscordMessageId,
        game.DiscordMessageId is null ? null : $"https://discord.com/channels/{game.GuildId}/{game.ChannelId}/{game.DiscordMessageId}",
        new ParticipantsResponse(game.Confirmed, game.Waitlisted),
        game.Confirmed.Count,
        game.Waitlisted.Count,
        game.Viewer.CanJoin,
        game.Viewer.CanLeave,
        game.Viewer.CanEdit,
        game.Viewer.IsParticipant,
        game.Viewer.IsWaitlisted,
        game.Recurrence,
        game.SeriesId,
        game.CarryOverPlayers,
        game.ConfirmMinutesBefore,
        game.ConfirmBy,
        game.CreatedAt,
        game.UpdatedAt,
        game.Version);
}

public sealed record ParticipantsResponse(IReadOnlyList<ParticipantView> Confirmed, IReadOnlyList<ParticipantView> Waitlisted);

public sealed record GamePageResponse(IReadOnlyList<GameResponse> Items, int Page, int PageSize, int Total);
