namespace GameScheduler.Discord.Models;

/// <summary>
/// An application command: what a bulk overwrite sends (no <see cref="Id"/>) and what Discord answers (with ids).
/// </summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    ApplicationCommandType Type = ApplicationCommandType.ChatInput,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    string? Id = null,
    string? ApplicationId = null,
    string? GuildId = null);

/// <param name="ChannelTypes">For a channel option: the channel types Discord offers to pick from.</param>
public sealed record ApplicationCommandOption(
    ApplicationCommandOptionType Type,
    string Name,
    string Description,
    bool? Required = null,
    IReadOnlyList<ChannelType>? ChannelTypes = null);

public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
