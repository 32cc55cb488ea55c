namespace GameScheduler.Discord.Models;

/// <summary>The body of an interaction callback: what to do with the interaction, and the message if any.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, OutgoingMessage? Data = null)
{
    /// <summary>Answer with a message (type 4); an ephemeral one only the invoker sees.</summary>
    public static InteractionResponse Reply(OutgoingMessage message, bool ephemeral = false) =>
        new(InteractionCallbackType.ChannelMessageWithSource, ephemeral ? message.AsEphemeral() : message);

    /// <summary>Acknowledge now and answer later by editing <c>@original</c> (type 5); the user sees "thinking".</summary>
    public static InteractionResponse DeferReply(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new OutgoingMessage(Flags: MessageFlags.Ephemeral) : null);

    /// <summary>Acknowledge a component click without a visible answer yet (type 6).</summary>
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);

    /// <summary>Edit the message the clicked component belongs to (type 7).</summary>
    public static InteractionResponse UpdateMessage(OutgoingMessage message) =>
        new(InteractionCallbackType.UpdateMessage, message);
}

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
}
