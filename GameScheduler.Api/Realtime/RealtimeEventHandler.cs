using System.Text.Json;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Turns one event from this instance's queue into stream work, using only the envelope (no database lookup, so any
/// service may publish): game events are stored for replay and offered to the guild's streams; a member removal
/// revokes that user's streams from the guild at once. When the broker connection comes back, this instance's queue is
/// a new one that never received what was published meanwhile, so every open stream is told to resync.
/// </summary>
public sealed class RealtimeEventHandler(
    ReplayBuffer replay,
    IGameUpdateFanOut fanOut,
    ConnectionRegistry connections,
    GuildMembership membership,
    RealtimeTelemetry telemetry,
    ILogger<RealtimeEventHandler> logger) : IEventHandler, IMissedEventsHandler
{
    /// <summary>Throws <see cref="JsonException"/> when the event's data does not fit its type.</summary>
    public async Task HandleAsync(EventEnvelope<JsonElement> envelope, CancellationToken ct)
    {
        switch (envelope.Type)
        {
            case EventTypes.GameCreated or EventTypes.GameUpdated or EventTypes.GameCancelled:
                var game = Data<GameEventData>(envelope, data => !string.IsNullOrEmpty(data.GuildId));
                await PublishAsync(GameUpdate.From(envelope.Id, envelope.Type, game), ct);
                break;
            case EventTypes.GuildMemberRemoved:
                await RevokeAsync(Data<MemberRemovedEventData>(envelope,
                    data => !string.IsNullOrEmpty(data.GuildId) && !string.IsNullOrEmpty(data.UserId)), ct);
                break;
        }
    }

    public Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("The broker connection recovered; telling {Count} streams to resync.", connections.Count);
        var resync = SseFrame.Resync(position: null);
        foreach (var connection in connections.All)
        {
            connection.Offer(resync);
        }

        return Task.CompletedTask;
    }

    private async Task PublishAsync(GameUpdate update, CancellationToken ct)
    {
        // Stored before it is offered: a client that receives it and reconnects at once can already resume from it.
        try
        {
            await replay.AppendAsync(update, ct);
        }
        catch (RedisException exception)
        {
            // Live delivery does not depend on the replay buffer; a reconnect that needs this event gets a resync.
            logger.LogWarning(exception, "Could not store event {EventId} for replay.", update.EventId);
        }

        using var activity = RealtimeTelemetry.Source.StartActivity("sse deliver");
        activity?.SetTag("gamescheduler.guild_id", update.GuildId);
        activity?.SetTag("gamescheduler.event_type", update.Type);
        var delivered = await fanOut.DeliverAsync(update, ct);
        activity?.SetTag("gamescheduler.sse.streams", delivered);
        telemetry.Delivered(delivered);
    }

    private async Task RevokeAsync(MemberRemovedEventData removed, CancellationToken ct)
    {
        connections.Revoke(removed.GuildId, removed.UserId);
        await membership.ForgetAsync(removed.UserId, ct);
        logger.LogInformation("Revoked the streams of user {UserId} from guild {GuildId}.", removed.UserId, removed.GuildId);
    }

    private static TData Data<TData>(EventEnvelope<JsonElement> envelope, Func<TData, bool> isComplete) =>
        envelope.Data.Deserialize<TData>(EventJson.Options) is { } data && isComplete(data)
            ? data
            : throw new JsonException($"The data of {envelope.Type} event {envelope.Id} lacks required fields.");
}
