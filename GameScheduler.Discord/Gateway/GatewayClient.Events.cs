using System.Threading.Channels;
using GameScheduler.Discord.Models;
using Microsoft.Extensions.Logging;
using Channel = GameScheduler.Discord.Models.Channel;

namespace GameScheduler.Discord.Gateway;

/// <summary>
/// Typed gateway events. Handlers run off the socket's loop, so a slow handler never delays heartbeats. Events are delivered
/// one at a time in gateway order (a member's add, update and remove arrive as they happened), except INTERACTION_CREATE:
/// each interaction has its own 3-second deadline and depends on no other, so its handlers start at once, concurrently.
/// A handler that throws is logged; the others still run. Unknown events are ignored.
/// </summary>
public sealed partial class GatewayClient
{
    public event Func<ReadyEvent, CancellationToken, ValueTask>? Ready;

    public event Func<CancellationToken, ValueTask>? Resumed;

    public event Func<Guild, CancellationToken, ValueTask>? GuildCreate;

    public event Func<Guild, CancellationToken, ValueTask>? GuildUpdate;

    public event Func<UnavailableGuild, CancellationToken, ValueTask>? GuildDelete;

    public event Func<GuildRoleEvent, CancellationToken, ValueTask>? GuildRoleCreate;

    public event Func<GuildRoleEvent, CancellationToken, ValueTask>? GuildRoleUpdate;

    public event Func<GuildRoleDeleteEvent, CancellationToken, ValueTask>? GuildRoleDelete;

    public event Func<Channel, CancellationToken, ValueTask>? ChannelCreate;

    public event Func<Channel, CancellationToken, ValueTask>? ChannelUpdate;

    public event Func<Channel, CancellationToken, ValueTask>? ChannelDelete;

    public event Func<GuildMemberEvent, CancellationToken, ValueTask>? GuildMemberAdd;

    public event Func<GuildMemberEvent, CancellationToken, ValueTask>? GuildMemberUpdate;

    public event Func<GuildMemberRemoveEvent, CancellationToken, ValueTask>? GuildMemberRemove;

    public event Func<Interaction, CancellationToken, ValueTask>? InteractionCreate;

    /// <summary>Takes a dispatch off the socket's loop: interactions start now, everything else queues for its turn.</summary>
    private ValueTask AcceptAsync(GatewayDispatch dispatch, ChannelWriter<GatewayDispatch> ordered, CancellationToken ct)
    {
        if (dispatch.Name != "INTERACTION_CREATE")
        {
            return ordered.WriteAsync(dispatch, ct);
        }

        _ = Task.Run(() => DeliverAsync(dispatch, ct).AsTask(), ct);
        return ValueTask.CompletedTask;
    }

    private async Task DeliverAsync(ChannelReader<GatewayDispatch> dispatches, CancellationToken ct)
    {
        try
        {
            await foreach (var dispatch in dispatches.ReadAllAsync(ct))
            {
                await DeliverAsync(dispatch, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: undelivered events die with the session.
        }
    }

    private async ValueTask DeliverAsync(GatewayDispatch dispatch, CancellationToken ct)
    {
        try
        {
            switch (dispatch.Name)
            {
                case "READY":
                    await InvokeAsync(Ready, dispatch.Name, dispatch.Parse<ReadyEvent>(), ct);
                    break;
                case "RESUMED":
                    await InvokeAsync(Resumed, dispatch.Name, (handler, token) => handler(token), ct);
                    break;
                case "GUILD_CREATE":
                    await InvokeAsync(GuildCreate, dispatch.Name, dispatch.Parse<Guild>(), ct);
                    break;
                case "GUILD_UPDATE":
                    await InvokeAsync(GuildUpdate, dispatch.Name, dispatch.Parse<Guild>(), ct);
                    break;
                case "GUILD_DELETE":
                    await InvokeAsync(GuildDelete, dispatch.Name, dispatch.Parse<UnavailableGuild>(), ct);
                    break;
                case "GUILD_ROLE_CREATE":
                    await InvokeAsync(GuildRoleCreate, dispatch.Name, dispatch.Parse<GuildRoleEvent>(), ct);
                    break;
                case "GUILD_ROLE_UPDATE":
                    await InvokeAsync(GuildRoleUpdate, dispatch.Name, dispatch.Parse<GuildRoleEvent>(), ct);
                    break;
                case "GUILD_ROLE_DELETE":
                    await InvokeAsync(GuildRoleDelete, dispatch.Name, dispatch.Parse<GuildRoleDeleteEvent>(), ct);
                    break;
                case "CHANNEL_CREATE":
                    await InvokeAsync(ChannelCreate, dispatch.Name, dispatch.Parse<Channel>(), ct);
                    break;
                case "CHANNEL_UPDATE":
                    await InvokeAsync(ChannelUpdate, dispatch.Name, dispatch.Parse<Channel>(), ct);
                    break;
                case "CHANNEL_DELETE":
                    await InvokeAsync(ChannelDelete, dispatch.Name, dispatch.Parse<Channel>(), ct);
                    break;
                case "GUILD_MEMBER_ADD":
                    await InvokeAsync(GuildMemberAdd, dispatch.Name, dispatch.Parse<GuildMemberEvent>(), ct);
                    break;
                case "GUILD_MEMBER_UPDATE":
                    await InvokeAsync(GuildMemberUpdate, dispatch.Name, dispatch.Parse<GuildMemberEvent>(), ct);
                    break;
                case "GUILD_MEMBER_REMOVE":
                    await InvokeAsync(GuildMemberRemove, dispatch.Name, dispatch.Parse<GuildMemberRemoveEvent>(), ct);
                    break;
                case "INTERACTION_CREATE":
                    await InvokeAsync(InteractionCreate, dispatch.Name, dispatch.Parse<Interaction>(), ct);
                    break;
            }
        }
        catch (System.Text.Json.JsonException exception)
        {
            LogUnreadableEvent(exception, dispatch.Name);
        }
    }

    private ValueTask InvokeAsync<T>(Func<T, CancellationToken, ValueTask>? handlers, string eventName, T value, CancellationToken ct) =>
        InvokeAsync(handlers, eventName, (handler, token) => handler(value, token), ct);

    private async ValueTask InvokeAsync<THandler>(
        THandler? handlers, string eventName, Func<THandler, CancellationToken, ValueTask> invoke, CancellationToken ct)
        where THandler : Delegate
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<THandler>())
        {
            try
            {
                await invoke(handler, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogHandlerFailed(exception, eventName);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "A handler of the gateway event {EventName} failed")]
    private partial void LogHandlerFailed(Exception exception, string eventName);

    [LoggerMessage(LogLevel.Error, "Could not read the gateway event {EventName}; skipped")]
    private partial void LogUnreadableEvent(Exception exception, string eventName);
}
