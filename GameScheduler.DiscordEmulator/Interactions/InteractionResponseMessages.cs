using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Interactions;

/// <summary>Messages the application's webhook posts in answer to an interaction: the original response and follow-ups.</summary>
public static class InteractionResponseMessages
{
    public static NewMessage Create(Interaction interaction, UserAccount bot, MessagePayload data, int flags, int type) => new(
        interaction.ChannelId,
        DiscordUser.From(bot),
        data,
        flags,
        type,
        WebhookId: interaction.ApplicationId,
        ApplicationId: interaction.ApplicationId,
        new MessageInteractionMetadata(interaction.Id, interaction.Type, interaction.Invoker));

    /// <summary>The original response shows as a command reply for slash commands, as a plain message otherwise.</summary>
    public static int OriginalType(Interaction interaction) =>
        interaction.Type == Interaction.ApplicationCommandType ? Message.ChatInputCommandType : Message.DefaultType;
}
