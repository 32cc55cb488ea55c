using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

/// <summary>Defaults for new games in a guild. Every guild has exactly one default template.</summary>
public sealed class GameTemplate
{
    public Guid Id { get; init; }
    public required string GuildId { get; init; }
    public required string Name { get; set; }
    public string? ChannelId { get; set; }
    public int MaxPlayers { get; set; }
    public int DurationMinutes { get; set; }
    public List<int> ReminderMinutes { get; set; } = [];
    public string Where { get; set; } = "";
    public SignupMethod SignupMethod { get; set; }

    /// <summary>Members holding one of these roles may host with this template; empty means every member may.</summary>
    public List<string> AllowedHostRoleIds { get; set; } = [];

    /// <summary>The roles whose holders may join by themselves, whatever the sign-up method; empty means every member may.</summary>
    public List<string> AllowedPlayerRoleIds { get; set; } = [];

    /// <summary>Roles the announcement of a game made from this template mentions.</summary>
    public List<string> NotifyRoleIds { get; set; } = [];

    public string SignupInstructions { get; set; } = "";

    /// <summary>The <see cref="LockableFields"/> only bot managers may set to another value on games made from this template.</summary>
    public List<string> LockedFields { get; set; } = [];

    /// <summary>What becomes of a game's announcement after the game; games copy it when made.</summary>
    public AfterGame AfterGame { get; set; }

    public int AfterGameDelayMinutes { get; set; } = AnnouncementTidy.DefaultDelayMinutes;

    /// <summary>Where <see cref="AfterGame.Archive"/> posts the summaries.</summary>
    public string? ArchiveChannelId { get; set; }

    /// <summary>How games made from this template repeat unless the host says otherwise; null for one-off games.</summary>
    public Recurrence? Recurrence { get; set; }

    public bool IsDefault { get; set; }
    public int Order { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
