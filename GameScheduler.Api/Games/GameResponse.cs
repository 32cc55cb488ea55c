using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Api.Games;

/// <summary>A game as the REST contract shows it, with what the caller may do so no client re-derives the rules.</summary>
public sealed record GameResponse(
    Guid Id,
    string GuildId,
    string ChannelId,
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
    GameStatus Status,
    HostResponse Host,
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
        game.Status,
        new HostResponse(game.Host.UserId, game.Host.DisplayName),
        game.DiscordMessageId,
        game.DiscordMessageId is null ? null : $"https://discord.com/channels/{game.GuildId}/{game.ChannelId}/{game.DiscordMessageId}",
        new ParticipantsResponse([.. game.Confirmed.Select(ParticipantResponse.Of)], [.. game.Waitlisted.Select(ParticipantResponse.Of)]),
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

public sealed record HostResponse(string UserId, string DisplayName);

public sealed record ParticipantsResponse(IReadOnlyList<ParticipantResponse> Confirmed, IReadOnlyList<ParticipantResponse> Waitlisted);

public sealed record ParticipantResponse(
    Guid Id, string? UserId, string DisplayName, PositionType PositionType, int Position, DateTimeOffset JoinedAt)
{
    public static ParticipantResponse Of(ParticipantView participant) => new(
        participant.Id, participant.UserId, participant.DisplayName, participant.PositionType, participant.Position,
        participant.JoinedAt);
}

public sealed record GamePageResponse(IReadOnlyList<GameResponse> Items, int Page, int PageSize, int Total);
