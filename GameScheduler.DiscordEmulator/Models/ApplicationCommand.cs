using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>A command as the bot registers it; options are kept as sent, since the emulator only echoes them.</summary>
public sealed record ApplicationCommandPayload(
    string? Name,
    string? Description,
    int? Type,
    JsonElement? Options,
    string? DefaultMemberPermissions,
    bool? Nsfw,
    IReadOnlyList<int>? Contexts,
    IReadOnlyList<int>? IntegrationTypes);

public sealed record ApplicationCommand(
    string Id,
    string ApplicationId,
    string? GuildId,
    string Name,
    string Description,
    int Type,
    JsonElement? Options,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DefaultMemberPermissions,
    bool Nsfw,
    string Version,
    IReadOnlyList<int>? Contexts,
    IReadOnlyList<int>? IntegrationTypes)
{
    public const int ChatInputType = 1;
}
