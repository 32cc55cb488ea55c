using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Games;

/// <summary>
/// The body of POST (create) and PUT (change) on games; every field is optional on PUT. <see cref="HostUserId"/> is read
/// on POST only (a bot manager naming another member as host). <see cref="PostAt"/> null on PUT keeps the post time; a
/// time already past announces a game still waiting for its announcement at once. <see cref="ApplyTo"/> is read on PUT
/// only, for a game of a series.
/// </summary>
public sealed record GameRequest(
    string? GuildId,
    string? ChannelId,
    Guid? TemplateId,
    string? Title,
    string? Description,
    DateTimeOffset? ScheduledAt,
    DateTimeOffset? PostAt,
    string? TimeZone,
    int? DurationMinutes,
    int? MaxPlayers,
    string? Where,
    SignupMethod? SignupMethod,
    IReadOnlyList<int>? ReminderMinutes,
    IReadOnlyList<string>? AllowedPlayerRoleIds,
    IReadOnlyList<string>? NotifyRoleIds,
    string? SignupInstructions,
    string? HostUserId) : RequestWithRecurrence
{
    public bool? CarryOverPlayers { get; init; }
    public int? ConfirmMinutesBefore { get; init; }
    public SeriesEditScope? ApplyTo { get; init; }

    public NewGame ToNewGame(string guildId) => new(guildId)
    {
        TemplateId = TemplateId,
        ChannelId = ChannelId,
        Title = Title,
        Description = Description,
        ScheduledAt = ScheduledAt,
        PostAt = PostAt,
        TimeZone = TimeZone,
        DurationMinutes = DurationMinutes,
        MaxPlayers = MaxPlayers,
        Where = Where,
        SignupMethod = SignupMethod,
        ReminderMinutes = ReminderMinutes,
        AllowedPlayerRoleIds = AllowedPlayerRoleIds,
        NotifyRoleIds = NotifyRoleIds,
        SignupInstructions = SignupInstructions,
        Recurrence = Recurrence,
        CarryOverPlayers = CarryOverPlayers,
        ConfirmMinutesBefore = ConfirmMinutesBefore,
    };

    public GameEdit ToEdit() => new()
    {
        ChannelId = ChannelId,
        Title = Title,
        Description = Description,
        ScheduledAt = ScheduledAt,
        PostAt = PostAt,
        TimeZone = TimeZone,
        DurationMinutes = DurationMinutes,
        MaxPlayers = MaxPlayers,
        Where = Where,
        SignupMethod = SignupMethod,
        ReminderMinutes = ReminderMinutes,
        AllowedPlayerRoleIds = AllowedPlayerRoleIds,
        NotifyRoleIds = NotifyRoleIds,
        SignupInstructions = SignupInstructions,
        Recurrence = Recurrence,
        ChangesRecurrence = RecurrenceGiven,
        CarryOverPlayers = CarryOverPlayers,
        ConfirmMinutesBefore = ConfirmMinutesBefore,
        ApplyTo = ApplyTo ?? SeriesEditScope.ThisAndLater,
    };
}
