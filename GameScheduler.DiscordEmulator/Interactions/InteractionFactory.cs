using System.Buffers.Text;
using System.Security.Cryptography;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Interactions;

/// <summary>Builds the INTERACTION_CREATE payload Discord would send when a user clicks a component or runs a command.</summary>
public sealed class InteractionFactory(DiscordDirectory directory, ApplicationCommandStore commands, SnowflakeGenerator ids)
{
    private const string GuildInstallKey = "0";

    /// <summary>In the bot's DMs a guild-installed app's owner is "0", as no guild authorized it there.</summary>
    private const string NoGuild = "0";

    public Interaction ForComponent(InteractionActor actor, Message message, string customId) =>
        InGuild(actor, Interaction.MessageComponentType, ComponentData(message, customId), message);

    /// <summary>A click in the DM channel between the bot and <paramref name="user"/>: no guild, no member, a top-level user.</summary>
    public Interaction ForDirectMessageComponent(UserAccount user, Channel channel, Message message, string customId) => new(
        ids.Next(),
        directory.Bot.Id,
        Interaction.MessageComponentType,
        ComponentData(message, customId),
        GuildId: null,
        channel.Id,
        channel,
        Member: null,
        DiscordUser.From(user),
        NewToken(),
        Version: 1,
        message,
        Permissions.Format(Permissions.InBotDirectMessage),
        Locale: "en-US",
        GuildLocale: null,
        new Dictionary<string, string> { [GuildInstallKey] = NoGuild },
        Interaction.BotDirectMessageContext);

    public Interaction ForCommand(InteractionActor actor, string name, IReadOnlyList<CommandOption> options)
    {
        var registered = commands.Find(actor.Guild.Id, name);
        var data = new InteractionData(
            Id: registered?.Id ?? ids.Next(),
            Name: name,
            Type: ApplicationCommand.ChatInputType,
            Options: options.Count == 0 ? null : options,
            GuildId: registered?.GuildId);
        return InGuild(actor, Interaction.ApplicationCommandType, data, message: null);
    }

    private static InteractionData ComponentData(Message message, string customId)
    {
        var componentType = message.Components
            .SelectMany(component => component.SelfAndDescendants())
            .FirstOrDefault(component => component.CustomId == customId)?.Type ?? MessageComponent.ButtonType;
        return new InteractionData(CustomId: customId, ComponentType: componentType);
    }

    private Interaction InGuild(InteractionActor actor, int type, InteractionData data, Message? message)
    {
        var member = GuildMember.From(actor.Membership, actor.User) with
        {
            Permissions = Permissions.Format(Permissions.Of(actor.Guild, actor.Membership)),
        };
        var botMembership = directory.FindMembership(actor.Guild.Id, directory.Bot.Id);
        var appPermissions = botMembership is null ? 0 : Permissions.Of(actor.Guild, botMembership);
        return new Interaction(
            ids.Next(),
            directory.Bot.Id,
            type,
            data,
            actor.Guild.Id,
            actor.Channel.Id,
            actor.Channel,
            member,
            User: null,
            NewToken(),
            Version: 1,
            message,
            Permissions.Format(appPermissions),
            Locale: "en-US",
            GuildLocale: "en-US",
            new Dictionary<string, string> { [GuildInstallKey] = actor.Guild.Id },
            Interaction.GuildContext);
    }

    private static string NewToken() => "aW50ZXJhY3Rpb24" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(96));
}

/// <summary>Who acts, where: a guild member in one of the guild's channels.</summary>
public sealed record InteractionActor(UserAccount User, Guild Guild, Membership Membership, Channel Channel);
