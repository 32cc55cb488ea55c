using System.Buffers.Text;
using System.Security.Cryptography;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Interactions;

/// <summary>Builds the INTERACTION_CREATE payload Discord would send when a user clicks a component or runs a command.</summary>
public sealed class InteractionFactory(DiscordDirectory directory, ApplicationCommandStore commands, SnowflakeGenerator ids)
{
    private const int GuildContext = 0;
    private const string GuildInstallKey = "0";

    public Interaction ForComponent(InteractionActor actor, Message message, string customId)
    {
        var componentType = message.Components
            .SelectMany(component => component.SelfAndDescendants())
            .FirstOrDefault(component => component.CustomId == customId)?.Type ?? MessageComponent.ButtonType;
        return Create(actor, Interaction.MessageComponentType, new InteractionData(CustomId: customId, ComponentType: componentType), message);
    }

    public Interaction ForCommand(InteractionActor actor, string name, IReadOnlyList<CommandOption> options)
    {
        var registered = commands.Find(actor.Guild.Id, name);
        var data = new InteractionData(
            Id: registered?.Id ?? ids.Next(),
            Name: name,
            Type: ApplicationCommand.ChatInputType,
            Options: options.Count == 0 ? null : options,
            GuildId: registered?.GuildId);
        return Create(actor, Interaction.ApplicationCommandType, data, message: null);
    }

    private Interaction Create(InteractionActor actor, int type, InteractionData data, Message? message)
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
            NewToken(),
            Version: 1,
            message,
            Permissions.Format(appPermissions),
            Locale: "en-US",
            GuildLocale: "en-US",
            new Dictionary<string, string> { [GuildInstallKey] = actor.Guild.Id },
            GuildContext);
    }

    private static string NewToken() => "aW50ZXJhY3Rpb24" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(96));
}

/// <summary>Who acts, where: a guild member in one of the guild's channels.</summary>
public sealed record InteractionActor(UserAccount User, Guild Guild, Membership Membership, Channel Channel);
