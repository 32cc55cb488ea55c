using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

/// <summary>The template every guild gets the first time the bot sees it.</summary>
public static class DefaultTemplate
{
    public const string Name = "Default";
    public const int MaxPlayers = 10;
    public const int DurationMinutes = 120;
    public static IReadOnlyList<int> ReminderMinutes { get; } = [60, 15];

    public static GameTemplate For(string guildId, string? channelId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GuildId = guildId,
        Name = Name,
        ChannelId = channelId,
        MaxPlayers = MaxPlayers,
        DurationMinutes = DurationMinutes,
        ReminderMinutes = [.. ReminderMinutes],
        SignupMethod = SignupMethod.SelfSignup,
        IsDefault = true,
        Order = 0,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
