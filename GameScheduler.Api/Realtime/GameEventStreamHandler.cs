using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Stores each game event for replay and offers it to the guild's streams, using only the event (no database lookup,
/// so any service may publish).
/// </summary>
internal sealed class GameEventStreamHandler(
    ReplayBuffer replay,
    IGameUpdateFanOut fanOut,
    RealtimeTelemetry telemetry,
    ILogger<GameEventStreamHandler> logger)
    : IIntegrationEventHandler<GameCreated>, IIntegrationEventHandler<GameUpdated>, IIntegrationEventHandler<GameCancelled>
{
    public Task HandleAsync(EventEnvelope<GameCreated> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), ct);

    public Task HandleAsync(EventEnvelope<GameUpdated> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), ct);

    public Task HandleAsync(EventEnvelope<GameCancelled> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), ct);

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
}
