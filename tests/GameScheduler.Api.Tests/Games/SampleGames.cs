using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Api.Tests.Games;

internal static class SampleGames
{
    public static readonly Guid Id = Guid.Parse("0193a3f0-7c1e-7000-8000-000000000001");
    public static readonly DateTimeOffset ScheduledAt = new(2026, 12, 1, 19, 0, 0, TimeSpan.Zero);

    public static GameView InProgress(string? discordMessageId = "1400000000000000001") => new(
        Id,
        GuildId: "1200000000000000001",
        ChannelId: "1210000000000000001",
        ChannelDeleted: false,
        TemplateId: null,
        Title: "Raid night",
        Description: "Bring snacks",
        ScheduledAt: ScheduledAt,
        PostAt: null,
        AwaitsAnnouncement: false,
        TimeZone: "Europe/Berlin",
        DurationMinutes: 120,
        MaxPlayers: 1,
        Where: "Voice channel",
        SignupMethod: SignupMethod.HostSelectedWithWaitlist,
        ReminderMinutes: [60, 15],
        AllowedPlayerRoleIds: ["1220000000000000001"],
        NotifyRoleIds: ["1220000000000000002"],
        SignupInstructions: "Install the game first.",
        LockedFields: ["channel_id"],
        Status: GameStatus.InProgress,
        Host: new GameHost("1300000000000000001", "Alice"),
        DiscordMessageId: discordMessageId,
        Confirmed: [new ParticipantView(Guid.Parse("0193a3f0-7c1e-7000-8000-000000000002"), "1300000000000000003", "Anna",
            PositionType.HostAdded, 0, ScheduledAt.AddDays(-2), AwaitingConfirmation: true)],
        Waitlisted: [new ParticipantView(Guid.Parse("0193a3f0-7c1e-7000-8000-000000000003"), null, "A friend of Anna",
            PositionType.SelfAdded, 1, ScheduledAt.AddDays(-1), AwaitingConfirmation: false)],
        AcceptsSelfSignup: false,
        Viewer: new ViewerPermissions(CanJoin: false, CanLeave: true, CanEdit: false, IsParticipant: true, IsWaitlisted: false),
        Recurrence: new Recurrence(RecurrenceFrequency.Monthly, Interval: 1, ByWeekdayOfMonth: 1, Count: 6),
        SeriesId: Guid.Parse("0193a3f0-7c1e-7000-8000-000000000004"),
        CarryOverPlayers: true,
        ConfirmMinutesBefore: 1440,
        ConfirmBy: ScheduledAt.AddDays(-1),
        CreatedAt: ScheduledAt.AddDays(-3),
        UpdatedAt: ScheduledAt.AddDays(-1),
        Version: 3);
}
