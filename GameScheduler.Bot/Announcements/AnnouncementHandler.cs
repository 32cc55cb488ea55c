using GameScheduler.Bot.DirectMessages;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Brings the changed game's announcement up to date and tells its players by DM what changed for them. It returns
/// only when both are done, so the message is acknowledged only then: a re-render still pending when the bot stops is
/// redelivered by the broker and done after the restart.
/// </summary>
internal sealed class AnnouncementHandler(AnnouncementRefresher announcements, ParticipantNotifier notifier)
    : IIntegrationEventHandler<GameCreated>, IIntegrationEventHandler<GameUpdated>, IIntegrationEventHandler<GameCancelled>
{
    public Task HandleAsync(EventEnvelope<GameCreated> envelope, CancellationToken cancellationToken) =>
        HandleAsync(envelope.Data, cancellationToken);

    public Task HandleAsync(EventEnvelope<GameUpdated> envelope, CancellationToken cancellationToken) =>
        HandleAsync(envelope.Data, cancellationToken);

    public Task HandleAsync(EventEnvelope<GameCancelled> envelope, CancellationToken cancellationToken) =>
        HandleAsync(envelope.Data, cancellationToken);

    private Task HandleAsync(GameEvent change, CancellationToken cancellationToken) =>
        Task.WhenAll(
            announcements.RefreshAsync(change.GameId, cancellationToken),
            notifier.NotifyAsync(change, cancellationToken));
}
