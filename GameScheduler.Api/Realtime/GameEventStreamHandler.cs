using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Stores each game event for replay and offers it to the guild's streams with the state it led to, read once here for
/// every stream (so any service may publish, with nothing in the event but what changed).
/// </summary>
internal sealed class GameEventStreamHandler(
    ReplayBuffer replay,
    ILiveGameStates states,
    IGameUpdateFanOut fanOut,
    RealtimeTelemetry telemetry,
    ILogger<GameEventStreamHandler> logger)
    : IIntegrationEventHandler<GameCreated>, IIntegrationEventHandler<GameUpdated>, IIntegrationEventHandler<GameCancelled>
{
    public Task HandleAsync(EventEnvelope<GameCreated> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), envelope.Data, ct);

    public Task HandleAsync(EventEnvelope<GameUpdated> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), envelope.Data, ct);

    public Task HandleAsync(EventEnvelope<GameCancelled> envelope, CancellationToken ct) => PublishAsync(GameUpdate.From(envelope), envelope.Data, ct);

    private async Task PublishAsync(GameUpdate update, GameEvent change, CancellationToken ct)
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

        if (await states.ReadAsync(change.GameId, ct) is { } game)
        {
            update = update.WithState(game, change);
        }

        using var activity = RealtimeTelemetry.Source.StartActivity("sse deliver");
        activity?.SetTag("gamescheduler.guild_id", update.GuildId);
        activity?.SetTag("gamescheduler.event_type", update.Type);
        var delivered = await fanOut.DeliverAsync(update, ct);
        activity?.SetTag("gamescheduler.sse.streams", delivered);
        telemetry.Delivered(delivered);
    }
}
