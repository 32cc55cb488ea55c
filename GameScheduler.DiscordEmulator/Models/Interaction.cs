using System.Text.Json;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>The interaction object of INTERACTION_CREATE, for guild interactions.</summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    InteractionData Data,
    string GuildId,
    string ChannelId,
    Channel Channel,
    GuildMember Member,
    string Token,
    int Version,
    Message? Message,
    string AppPermissions,
    string Locale,
    string GuildLocale,
    IReadOnlyDictionary<string, string> AuthorizingIntegrationOwners,
    int Context)
{
    public const int ApplicationCommandType = 2;
    public const int MessageComponentType = 3;
}

/// <summary>Data of a slash command (id, name, type, options) or of a component click (custom_id, component_type).</summary>
public sealed record InteractionData(
    string? Id = null,
    string? Name = null,
    int? Type = null,
    IReadOnlyList<CommandOption>? Options = null,
    string? GuildId = null,
    string? CustomId = null,
    int? ComponentType = null);

public sealed record CommandOption(string Name, int Type, JsonElement? Value, IReadOnlyList<CommandOption>? Options);

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionCallback(int Type, MessagePayload? Data)
{
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
}
