namespace GameScheduler.DiscordEmulator.Models;

/// <summary>
/// The JSON body a bot sends to create or edit a message (also the data of interaction callbacks
/// and webhook follow-ups). On edits, a member left out keeps its current value.
/// </summary>
public sealed record MessagePayload(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<MessageComponent>? Components,
    int? Flags,
    bool? Tts,
    AllowedMentions? AllowedMentions = null)
{
    /// <summary>Discord refuses a message with no content, embeds or components (50006).</summary>
    public bool IsEmpty() => string.IsNullOrEmpty(Content) && (Embeds ?? []).Count == 0 && (Components ?? []).Count == 0;
}
