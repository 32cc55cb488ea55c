using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

/// <summary>A game as Api and Bot show it: roster split and ordered, and what the viewer may do.</summary>
public sealed record GameView(
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
    IReadOnlyList<ParticipantView> Confirmed,
    IReadOnlyList<ParticipantView> Waitlisted,
    bool AcceptsSelfSignup,
    ViewerPermissions Viewer,
    Recurrence? Recurrence,
    Guid? SeriesId,
    bool CarryOverPlayers,
    int ConfirmMinutesBefore,
    DateTimeOffset? ConfirmBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    /// <param name="game">A game loaded with its host and its participants' users.</param>
    /// <param name="viewer">Whose permissions to compute; null for a neutral view such as the Discord announcement.</param>
    public static GameView Of(Game game, Membership? viewer, DateTimeOffset now) => Of(game, Roster.Of(game), viewer, now);

    /// <param name="roster">The game's roster, when the caller has it already.</param>
    public static GameView Of(Game game, Roster roster, Membership? viewer, DateTimeOffset now) =>
        new(
            game.Id,
            game.GuildId,
            game.ChannelId,
            game.Channel?.DeletedAt is not null,
            game.TemplateId,
            game.Title,
            game.Description,
            game.ScheduledAt,
            game.PostAt,
            game.AwaitsAnnouncement(now),
            game.TimeZone,
            game.DurationMinutes,
            game.MaxPlayers,
            game.Where,
            game.SignupMethod,
            [.. game.ReminderMinutes],
            [.. game.AllowedPlayerRoleIds],
            [.. game.NotifyRoleIds],
            game.SignupInstructions,
            [.. game.LockedFields],
            game.Status,
            new GameHost(game.HostId, game.Host?.DisplayName ?? game.HostId),
            game.DiscordMessageId,
            [.. roster.Confirmed.Select(ParticipantView.Of)],
            [.. roster.Waitlisted.Select(ParticipantView.Of)],
            ParticipationRules.AcceptsSelfSignup(game, now),
            viewer is null ? ViewerPermissions.None : ViewerPermissions.For(game, roster, viewer, now),
            game.Recurrence,
            game.SeriesId,
            game.CarryOverPlayers,
            game.ConfirmMinutesBefore,
            game.ConfirmBy,
            game.CreatedAt,
            game.UpdatedAt,
            game.Version);
}

public sealed record GameHost(string UserId, string DisplayName);

public sealed record ParticipantView(
    Guid Id,
    string? UserId,
    string DisplayName,
    PositionType PositionType,
    int Position,
    DateTimeOffset JoinedAt,
    bool AwaitingConfirmation)
{
    public static ParticipantView Of(Participant participant) => new(
        participant.Id,
        participant.UserId,
        participant.DisplayName,
        participant.PositionType,
        participant.Position,
        participant.JoinedAt,
        participant.AwaitingConfirmation);
}
