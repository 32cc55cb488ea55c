using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>
/// The interaction object of INTERACTION_CREATE: in a guild the invoker is <see cref="Member"/>; in the bot's DM there is
/// no guild_id, member nor guild_locale, and the invoker is <see cref="User"/>.
/// </summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    InteractionData Data,
    string? GuildId,
    string ChannelId,
    Channel Channel,
    GuildMember? Member,
    DiscordUser? User,
    string Token,
    int Version,
    Message? Message,
    string AppPermissions,
    string Locale,
    string? GuildLocale,
    IReadOnlyDictionary<string, string> AuthorizingIntegrationOwners,
    int Context)
{
    public const int ApplicationCommandType = 2;
    public const int MessageComponentType = 3;

    public const int GuildContext = 0;
    public const int BotDirectMessageContext = 1;

    /// <summary>Whoever clicked or ran the command, in a guild or in a DM.</summary>
    [JsonIgnore]
    public DiscordUser Invoker => Member?.User ?? User!;
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
