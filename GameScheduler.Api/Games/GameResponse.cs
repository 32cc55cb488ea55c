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
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GameResponse Of(GameView game) => new(
        game.Id,
        game.GuildId,
        game.ChannelId,
        game.ChannelDeleted,
        game.TemplateId,
        game.Title,
        game.Description,
        game.ScheduledAt,
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
        game.CreatedAt,
        game.UpdatedAt);
}

public sealed record ParticipantsResponse(IReadOnlyList<ParticipantView> Confirmed, IReadOnlyList<ParticipantView> Waitlisted);

public sealed record GamePageResponse(IReadOnlyList<GameResponse> Items, int Page, int PageSize, int Total);
