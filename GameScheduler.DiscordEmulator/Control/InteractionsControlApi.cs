using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.Interactions;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// Acting as a Discord user: POST /_emulator/interactions clicks a component (in a guild channel, or in the bot's DM
/// channel with that user) or runs a slash command (in a guild channel), dispatches INTERACTION_CREATE and answers with the bot's callback (or 504 after Discord's 3 s);
/// GET /_emulator/interactions/{id} shows what the bot did with it since.
/// </summary>
public static class InteractionsControlApi
{
    /// <summary>Names the interaction a simulated click produced, so deferred replies can be followed.</summary>
    public const string InteractionIdHeader = "X-Emulator-Interaction-Id";

    private const string ComponentType = "component";
    private const string CommandType = "command";

    public static RouteGroupBuilder MapInteractionsControl(this RouteGroupBuilder control)
    {
        control.MapPost("/interactions", SimulateAsync);
        control.MapGet("/interactions/{interaction_id}", GetInteraction);
        return control;
    }

    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult, ValidationProblem>> SimulateAsync(
        SimulatedInteractionRequest request,
        DiscordDirectory directory,
        MessageStore messages,
        InteractionFactory factory,
        InteractionStore interactions,
        GatewaySessions gateway,
        TimeProvider time,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        if (directory.FindUser(request.UserId!) is not { IsBot: false } user)
        {
            return ControlProblems.NotFound("user", request.UserId!);
        }

        var (payload, problem) = directory.DirectMessageRecipient(request.ChannelId!) is { } recipient && request.Type == ComponentType
            ? InDirectMessage(request, user, recipient, directory, messages, factory)
            : InGuild(request, user, directory, messages, factory);
        if (payload is null)
        {
            return problem!;
        }

        var pending = interactions.Open(payload);
        gateway.Dispatch(GatewayEvents.InteractionCreate, payload);
        response.Headers[InteractionIdHeader] = payload.Id;
        try
        {
            return TypedResults.Ok(await pending.Callback.WaitAsync(InteractionStore.CallbackWindow, time, cancellationToken));
        }
        catch (TimeoutException)
        {
            return TypedResults.Problem(
                $"The bot sent no interaction callback within {InteractionStore.CallbackWindow.TotalSeconds:0} seconds.",
                statusCode: StatusCodes.Status504GatewayTimeout,
                title: "No interaction response",
                extensions: new Dictionary<string, object?> { ["interaction_id"] = payload.Id });
        }
    }

    private static (Interaction? Payload, ProblemHttpResult? Problem) InGuild(
        SimulatedInteractionRequest request,
        UserAccount user,
        DiscordDirectory directory,
        MessageStore messages,
        InteractionFactory factory)
    {
        if (directory.FindChannel(request.ChannelId!) is not { GuildId: { } guildId } channel)
        {
            return (null, ControlProblems.NotFound("guild channel", request.ChannelId!));
        }

        var guild = directory.FindGuild(guildId)!;
        if (directory.FindMembership(guild.Id, user.Id) is not { } membership)
        {
            return (null, ControlProblems.Forbidden($"User {user.Id} is not a member of guild {guild.Id}."));
        }

        var actor = new InteractionActor(user, guild, membership, channel);
        if (request.Type == CommandType)
        {
            return (factory.ForCommand(actor, request.Name!, request.Options ?? []), null);
        }

        return FindMessage(messages, request, channel) is { } message
            ? (factory.ForComponent(actor, message, request.CustomId!), null)
            : (null, ControlProblems.NotFound("message", request.MessageId!));
    }

    /// <summary>A click on a message in the bot's DM channel with a user, which only that user can see.</summary>
    private static (Interaction? Payload, ProblemHttpResult? Problem) InDirectMessage(
        SimulatedInteractionRequest request,
        UserAccount user,
        UserAccount recipient,
        DiscordDirectory directory,
        MessageStore messages,
        InteractionFactory factory)
    {
        if (recipient.Id != user.Id)
        {
            return (null, ControlProblems.Forbidden($"Channel {request.ChannelId} is not the DM channel of user {user.Id}."));
        }

        var channel = directory.FindChannel(request.ChannelId!)!;
        return FindMessage(messages, request, channel) is { } message
            ? (factory.ForDirectMessageComponent(user, channel, message, request.CustomId!), null)
            : (null, ControlProblems.NotFound("message", request.MessageId!));
    }

    private static Message? FindMessage(MessageStore messages, SimulatedInteractionRequest request, Channel channel) =>
        messages.Find(request.MessageId!)?.Message is { } message && message.ChannelId == channel.Id ? message : null;

    private static Results<Ok<InteractionView>, ProblemHttpResult> GetInteraction(
        [FromRoute(Name = "interaction_id")] string interactionId,
        InteractionStore interactions,
        MessageStore messages,
        MessageViews views)
    {
        if (interactions.Find(interactionId) is not { } interaction)
        {
            return ControlProblems.NotFound("interaction", interactionId);
        }

        JsonElement? callback = interaction.Callback.IsCompletedSuccessfully ? interaction.Callback.Result : null;
        var original = interaction.OriginalMessageId is { } originalId && messages.Find(originalId) is { } stored ? views.From(stored) : null;
        var followups = interaction.FollowupIds.Select(messages.Find).OfType<StoredMessage>();
        return TypedResults.Ok(new InteractionView(interaction.Payload.Id, callback, original, views.FromAll(followups)));
    }

    private static ValidationProblem? Validate(SimulatedInteractionRequest request) => request switch
    {
        { Type: not (ComponentType or CommandType) } => ControlProblems.Invalid("type", "type must be \"component\" or \"command\"."),
        { UserId: null or "" } => ControlProblems.Invalid("user_id", "user_id is required."),
        { ChannelId: null or "" } => ControlProblems.Invalid("channel_id", "channel_id is required."),
        { Type: ComponentType, MessageId: null or "" } => ControlProblems.Invalid("message_id", "message_id is required for a component."),
        { Type: ComponentType, CustomId: null or "" } => ControlProblems.Invalid("custom_id", "custom_id is required for a component."),
        { Type: CommandType, Name: null or "" } => ControlProblems.Invalid("name", "name is required for a command."),
        _ => null,
    };

    private sealed record SimulatedInteractionRequest(
        string? Type,
        string? UserId,
        string? ChannelId,
        string? MessageId,
        string? CustomId,
        string? Name,
        IReadOnlyList<CommandOption>? Options);

    private sealed record InteractionView(
        string Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Callback,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonObject? Original,
        IReadOnlyList<JsonObject> Followups);
}
