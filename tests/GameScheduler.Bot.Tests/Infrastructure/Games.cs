using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>Game views as Core hands them to the bot, built in memory.</summary>
internal static class Games
{
    public static readonly DateTimeOffset Now = new(2031, 1, 3, 18, 0, 0, TimeSpan.Zero);
    public static readonly Guid Id = Guid.Parse("0190a5c1-7a4e-7000-8000-000000000001");

    /// <param name="postAt">The post time; one after <see cref="Now"/> leaves the game waiting for its announcement.</param>
    public static GameView Scheduled(int confirmed = 0, int waitlisted = 0, int maxPlayers = 10, DateTimeOffset? postAt = null) => new(
        Id,
        GuildId: "1200000000000000001",
        ChannelId: "1210000000000000002",
        ChannelDeleted: false,
        TemplateId: null,
        Title: "Board game night",
        Description: "Bring snacks.",
        ScheduledAt: Now.AddDays(2),
        PostAt: postAt,
        AwaitsAnnouncement: postAt > Now,
        TimeZone: null,
        DurationMinutes: 150,
        MaxPlayers: maxPlayers,
        Where: "Alice's place",
        SignupMethod.SelfSignup,
        ReminderMinutes: [60],
        AllowedPlayerRoleIds: [],
        NotifyRoleIds: [],
        SignupInstructions: "",
        LockedFields: [],
        GameStatus.Scheduled,
        new GameHost("1300000000000000001", "alice_owner"),
        DiscordMessageId: null,
        Confirmed: Players(confirmed, "player"),
        Waitlisted: Players(waitlisted, "waiting"),
        AcceptsSelfSignup: true,
        ViewerPermissions.None,
        Recurrence: null,
        SeriesId: null,
        CarryOverPlayers: true,
        ConfirmMinutesBefore: 1440,
        ConfirmBy: null,
        CreatedAt: Now,
        UpdatedAt: Now,
        Version: 1);

    public static IReadOnlyList<ParticipantView> Players(int count, string namePrefix) =>
        [.. Enumerable.Range(1, count).Select(n => Player($"{namePrefix}{n}", $"14{n:D17}"))];

    public static ParticipantView Player(string displayName, string? userId) =>
        new(Guid.NewGuid(), userId, displayName, PositionType.SelfAdded, 0, Now, AwaitingConfirmation: false);
}
