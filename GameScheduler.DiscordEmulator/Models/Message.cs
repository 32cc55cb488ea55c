using System.Text.Json.Serialization;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's message object, limited to what a bot's messages carry.</summary>
public sealed record Message(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string Content,
    DateTimeOffset Timestamp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? EditedTimestamp,
    bool Tts,
    bool MentionEveryone,
    IReadOnlyList<string> MentionRoles,
    IReadOnlyList<Embed> Embeds,
    IReadOnlyList<MessageComponent> Components,
    bool Pinned,
    int Type,
    int Flags,
    string? WebhookId = null,
    string? ApplicationId = null,
    MessageInteractionMetadata? InteractionMetadata = null)
{
    public const int DefaultType = 0;
    public const int ChatInputCommandType = 20;
}

public sealed record MessageInteractionMetadata(string Id, int Type, DiscordUser User);

/// <summary>The message flag bits the emulator acts on.</summary>
public static class MessageFlags
{
    public const int SuppressEmbeds = 1 << 2;
    public const int Ephemeral = 1 << 6;
    public const int Loading = 1 << 7;
    public const int SuppressNotifications = 1 << 12;

    /// <summary>The flags a bot may set when it sends or edits a message.</summary>
    public const int Settable = SuppressEmbeds | SuppressNotifications;

    public static bool IsEphemeral(int flags) => (flags & Ephemeral) != 0;
}
