using GameScheduler.Core.Guilds;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Games;

/// <summary>A scheduled game session in one guild, announced in one channel.</summary>
public sealed class Game
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; }
    public required string GuildId { get; init; }
    public Guild? Guild { get; init; }
    public required string ChannelId { get; set; }
    public Channel? Channel { get; init; }
    public Guid? TemplateId { get; init; }
    public required string HostId { get; init; }
    public User? Host { get; init; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>When the bot announces the game in Discord; null to announce it at once. Always before <see cref="ScheduledAt"/>.</summary>
    public DateTimeOffset? PostAt { get; set; }

    /// <summary>The IANA zone the host planned in, for display; <see cref="ScheduledAt"/> is always UTC.</summary>
    public string? TimeZone { get; set; }

    public int DurationMinutes { get; set; }
    public int MaxPlayers { get; set; }
    public string Where { get; set; } = "";
    public SignupMethod SignupMethod { get; set; }
    public List<int> ReminderMinutes { get; set; } = [];
    public List<string> AllowedPlayerRoleIds { get; set; } = [];

    /// <summary>Roles the announcement mentions, so their holders are pinged.</summary>
    public List<string> NotifyRoleIds { get; set; } = [];

    /// <summary>What players should know or do after signing up; "" when none.</summary>
    public string SignupInstructions { get; set; } = "";

    /// <summary>The <see cref="Templates.LockableFields"/> the game's template locked when the game was created.</summary>
    public List<string> LockedFields { get; set; } = [];
    public GameStatus Status { get; set; }
    public string? DiscordMessageId { get; set; }

    /// <summary>What becomes of the announcement after the game (see <see cref="AnnouncementTidy"/>).</summary>
    public AfterGame AfterGame { get; set; }

    public int AfterGameDelayMinutes { get; set; } = AnnouncementTidy.DefaultDelayMinutes;
    public string? ArchiveChannelId { get; set; }

    /// <summary>The summary posted in the archive channel, so that a retried archive does not post it twice.</summary>
    public string? ArchiveMessageId { get; set; }

    /// <summary>When the announcement was deleted or archived after the game; the game itself stays.</summary>
    public DateTimeOffset? TidiedAt { get; set; }

    /// <summary>How the game repeats; null for a one-off. The next game of the series is made from this one (see <see cref="GameSeries"/>).</summary>
    public Recurrence? Recurrence { get; set; }

    /// <summary>The same for every game of one series: the first game's id; null for a one-off.</summary>
    public Guid? SeriesId { get; set; }

    /// <summary>Which game of its series this is, from 1, so that <see cref="Recurrence.Count"/> can end it.</summary>
    public int SeriesNumber { get; init; } = 1;

    /// <summary>Whether the next game of the series starts with this one's confirmed players, who then confirm by DM.</summary>
    public bool CarryOverPlayers { get; set; } = true;

    /// <summary>How long before the start carried-over players must confirm their seat.</summary>
    public int ConfirmMinutesBefore { get; set; } = GameSeries.DefaultConfirmMinutesBefore;

    /// <summary>When carried-over players who have not confirmed lose their seat; null when nobody was carried over.</summary>
    public DateTimeOffset? ConfirmBy { get; set; }
    public List<Participant> Participants { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Grows with every write of the game's row, made by the database itself (every roster change touches the row), so
    /// that whoever holds two states of the game can tell the newer one, however they reached them.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>
    /// Mirrors in memory the roster's own UPDATE of the locked row (written as SQL, so EF reads nothing back): the
    /// change's time, and the one version more the database's trigger gives it.
    /// </summary>
    internal void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    public DateTimeOffset EndsAt => ScheduledAt.AddMinutes(DurationMinutes);

    /// <summary>
    /// Whether the game is still waiting for its announcement: it is scheduled and its <see cref="PostAt"/> lies ahead.
    /// Until then the bot posts nothing; once it has come, the post time can no longer change.
    /// </summary>
    public bool AwaitsAnnouncement(DateTimeOffset now) => Status == GameStatus.Scheduled && PostAt > now;

    /// <summary>Players may join or leave only while the game is scheduled and has not started.</summary>
    public bool IsOpen(DateTimeOffset now) => Status == GameStatus.Scheduled && now < ScheduledAt;
}
