using System.Diagnostics.CodeAnalysis;

namespace GameScheduler.Core.Guilds;

/// <summary>
/// Discord's ids (snowflakes) as they reach Core from outside: the digits of an unsigned 64-bit integer. Anything else
/// names nothing here, and is never sent to the database (PostgreSQL refuses a NUL in text with an error, not a miss).
/// </summary>
public static class DiscordIds
{
    public static bool IsWellFormed([NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit) && ulong.TryParse(id, out _);
}
