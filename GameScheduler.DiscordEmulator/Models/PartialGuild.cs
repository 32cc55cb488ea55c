using System.Text.Json.Serialization;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>An entry of GET /users/@me/guilds.</summary>
public sealed record PartialGuild(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Icon,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Banner,
    bool Owner,
    string Permissions,
    IReadOnlyList<string> Features);
