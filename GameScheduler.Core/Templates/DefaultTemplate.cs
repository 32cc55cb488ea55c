using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

/// <summary>The built-in template settings: every guild's first template, and the starting point of new ones.</summary>
public static class DefaultTemplate
{
    public const string Name = "Default";
    public const int MaxPlayers = 10;
    public const int DurationMinutes = 120;
    public static IReadOnlyList<int> ReminderMinutes { get; } = [60, 15];

    /// <summary>The template a guild gets the first time the bot sees it.</summary>
    public static GameTemplate For(string guildId, string? channelId, DateTimeOffset now) =>
        New(guildId, Name, channelId, isDefault: true, now);

    /// <summary>A template with the built-in settings, to be adjusted before it is saved.</summary>
    public static GameTemplate New(string guildId, string name, string? channelId, bool isDefault, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GuildId = guildId,
        Name = name,
        ChannelId = channelId,
        MaxPlayers = MaxPlayers,
        DurationMinutes = DurationMinutes,
        ReminderMinutes = [.. ReminderMinutes],
        SignupMethod = SignupMethod.SelfSignup,
        IsDefault = isDefault,
        Order = 0,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
