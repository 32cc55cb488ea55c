using System.Text.Json;
using GameScheduler.Bot.DirectMessages;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Handles the <c>bot_events</c> queue: brings the changed game's announcement up to date and tells its players by DM
/// what changed for them. It returns only when both are done, so the message is acknowledged only then: a re-render
/// still pending when the bot stops is redelivered by the broker and done after the restart.
/// </summary>
internal sealed class BotEventsHandler(AnnouncementRefresher announcements, ParticipantNotifier notifier) : IEventHandler
{
    public async Task HandleAsync(EventEnvelope<JsonElement> envelope, CancellationToken cancellationToken)
    {
        if (envelope.Type is not (EventTypes.GameCreated or EventTypes.GameUpdated or EventTypes.GameCancelled)) return;

        var data = envelope.Data.Deserialize<GameEventData>(EventJson.Options)
            ?? throw new JsonException($"Event {envelope.Id} has no data.");
        await Task.WhenAll(
            announcements.RefreshAsync(data.GameId, cancellationToken),
            notifier.NotifyAsync(envelope.Type, data, cancellationToken));
    }
}
