namespace GameScheduler.Discord.Models;

/// <summary>
/// A slash command or component click, delivered by INTERACTION_CREATE. In a guild the invoker is
/// <see cref="Member"/>; in a DM it is <see cref="User"/>. <see cref="Token"/> answers it (callback within 3 s,
/// then follow-ups for 15 minutes).
/// </summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    int Version = 1,
    InteractionData? Data = null,
    string? GuildId = null,
    Channel? Channel = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    User? User = null,
    Message? Message = null,
    string? Locale = null)
{
    public User? Invoker => Member?.User ?? User;

    /// <summary>When Discord created the interaction: its 3 s to answer count from here.</summary>
    public DateTimeOffset? CreatedAt => Snowflake.CreatedAt(Id);
}

public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>
/// What was invoked: a command's <see cref="Name"/> and <see cref="Options"/>, or a component's <see cref="CustomId"/>.
/// </summary>
public sealed record InteractionData(
    string? Id = null,
    string? Name = null,
    ApplicationCommandType? Type = null,
    IReadOnlyList<InteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    string? GuildId = null);

/// <summary>A value the user gave a command option; <see cref="Value"/> is a string, number or boolean by type.</summary>
public sealed record InteractionOption(
    string Name,
    ApplicationCommandOptionType Type,
    System.Text.Json.JsonElement? Value = null,
    IReadOnlyList<InteractionOption>? Options = null);
