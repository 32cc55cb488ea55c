using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Stores each game event for replay and offers it to the guild's streams with the state it led to, read once here for
/// every stream, and only when this instance has a stream of the guild (so any service may publish, with nothing in the
/// event but what changed).
/// </summary>
internal sealed class GameEventStreamHandler(
    ReplayBuffer replay,
    ConnectionRegistry connections,
    ILiveGameStates states,
    IGameUpdateFanOut fanOut,
    RealtimeTelemetry telemetry,
    ILogger<GameEventStreamHandler> logger)
    : IIntegrationEventHandler<GameCreated>, IIntegrationEventHandler<GameUpdated>, IIntegrationEventHandler<GameCancelled>
{
    public Task HandleAsync(EventEnvelope<GameCreated> envelope, CancellationToken ct) => PublishAsync(envelope, ct);

    public Task HandleAsync(EventEnvelope<GameUpdated> envelope, CancellationToken ct) => PublishAsync(envelope, ct);

    public Task HandleAsync(EventEnvelope<GameCancelled> envelope, CancellationToken ct) => PublishAsync(envelope, ct);

    private async Task PublishAsync<TEvent>(EventEnvelope<TEvent> envelope, CancellationToken ct)
        where TEvent : GameEvent, IIntegrationEvent
    {
        var update = GameUpdate.From(envelope);
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

        // A stream opening meanwhile gets the event without its state, and asks for the game itself.
        if (connections.SubscribersOf(update.GuildId).Any() && await states.ReadAsync(envelope.Data.GameId, ct) is { } game)
        {
            update = update.WithState(game, envelope.Data);
        }

        using var activity = RealtimeTelemetry.Source.StartActivity("sse deliver");
        activity?.SetTag("gamescheduler.guild_id", update.GuildId);
        activity?.SetTag("gamescheduler.event_type", update.Type);
        var delivered = await fanOut.DeliverAsync(update, ct);
        activity?.SetTag("gamescheduler.sse.streams", delivered);
        telemetry.Delivered(delivered);
    }
}
