using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>
/// Every message the bot has sent, in channels, DMs and ephemeral interaction replies, as it last
/// left them. Ephemeral messages are kept but never listed in their channel.
/// </summary>
public sealed class MessageStore(SnowflakeGenerator ids, TimeProvider time, EmulatorStats stats)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredMessage> _messages = [];
    private readonly Dictionary<string, List<string>> _idsByChannel = [];

    public Message Create(NewMessage request)
    {
        var payload = request.Payload;
        var message = new Message(
            ids.Next(),
            request.ChannelId,
            request.Author,
            payload.Content ?? "",
            time.GetUtcNow(),
            EditedTimestamp: null,
            payload.Tts ?? false,
            MentionEveryone: false,
            AllowedMentions.PingedRoles(payload.Content ?? "", payload.AllowedMentions),
            WithEmbedTypes(payload.Embeds ?? []),
            payload.Components ?? [],
            Pinned: false,
            request.Type,
            request.Flags,
            request.WebhookId,
            request.ApplicationId,
            request.InteractionMetadata);

        lock (_gate)
        {
            _messages[message.Id] = new StoredMessage(message, EditCount: 0, payload.AllowedMentions);
            if (!_idsByChannel.TryGetValue(message.ChannelId, out var channelIds))
            {
                _idsByChannel[message.ChannelId] = channelIds = [];
            }

            channelIds.Add(message.Id);
        }

        return message;
    }

    public StoredMessage? Find(string messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault(messageId);
        }
    }

    /// <summary>
    /// Applies the members present in <paramref name="changes"/>; a deferred reply's loading state ends
    /// with its first edit.
    /// </summary>
    public MessageEditStatus TryEdit(string messageId, MessagePayload changes, out Message? edited)
    {
        edited = null;
        lock (_gate)
        {
            if (!_messages.TryGetValue(messageId, out var stored))
            {
                return MessageEditStatus.NotFound;
            }

            var current = stored.Message;
            var keptFlags = current.Flags & ~MessageFlags.Settable & ~MessageFlags.Loading;
            var content = changes.Content ?? current.Content;
            var allowedMentions = changes.AllowedMentions ?? stored.AllowedMentions;
            var candidate = current with
            {
                Content = content,
                MentionRoles = AllowedMentions.PingedRoles(content, allowedMentions),
                Embeds = changes.Embeds is null ? current.Embeds : WithEmbedTypes(changes.Embeds),
                Components = changes.Components ?? current.Components,
                Flags = keptFlags | ((changes.Flags ?? current.Flags) & MessageFlags.Settable),
                EditedTimestamp = time.GetUtcNow(),
            };
            if (IsEmpty(candidate))
            {
                return MessageEditStatus.WouldBeEmpty;
            }

            _messages[messageId] = new StoredMessage(candidate, stored.EditCount + 1, allowedMentions);
            edited = candidate;
        }

        stats.RecordMessageEdit(messageId);
        return MessageEditStatus.Edited;
    }

    public bool Delete(string messageId)
    {
        lock (_gate)
        {
            if (!_messages.Remove(messageId, out var removed))
            {
                return false;
            }

            _idsByChannel[removed.Message.ChannelId].Remove(messageId);
            return true;
        }
    }

    /// <summary>A channel's visible messages, oldest first.</summary>
    public IReadOnlyList<StoredMessage> ListChannel(string channelId)
    {
        lock (_gate)
        {
            return [.. _idsByChannel.GetValueOrDefault(channelId, [])
                .Select(id => _messages[id])
                .Where(stored => !MessageFlags.IsEphemeral(stored.Message.Flags))];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
            _idsByChannel.Clear();
        }
    }

    private static bool IsEmpty(Message message) =>
        message.Content.Length == 0 && message.Embeds.Count == 0 && message.Components.Count == 0;

    private static IReadOnlyList<Embed> WithEmbedTypes(IReadOnlyList<Embed> embeds) =>
        [.. embeds.Select(embed => embed with { Type = embed.Type ?? "rich" })];
}

/// <param name="AllowedMentions">The allowed_mentions the bot last sent with the message, if any.</param>
public sealed record StoredMessage(Message Message, int EditCount, AllowedMentions? AllowedMentions);

/// <summary>What the store needs to create a message; interaction replies add their metadata.</summary>
public sealed record NewMessage(
    string ChannelId,
    DiscordUser Author,
    MessagePayload Payload,
    int Flags,
    int Type = Message.DefaultType,
    string? WebhookId = null,
    string? ApplicationId = null,
    MessageInteractionMetadata? InteractionMetadata = null);

public enum MessageEditStatus
{
    Edited,
    NotFound,
    WouldBeEmpty,
}
