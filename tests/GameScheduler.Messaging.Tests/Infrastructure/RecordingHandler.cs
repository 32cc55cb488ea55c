using System.Collections.Concurrent;
using System.Diagnostics;
using GameScheduler.Core.Events;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>
/// The consumer's handler in the tests: records every event it is given and fails on those of
/// <see cref="TestEvents.FailingGameId"/>.
/// </summary>
public sealed class RecordingHandler(HandledEvents handled)
    : IIntegrationEventHandler<GameUpdated>, IIntegrationEventHandler<GuildMemberRemoved>, IMissedEventsHandler
{
    public Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken)
    {
        handled.RecordMissedEventsNotice();
        return Task.CompletedTask;
    }

    public Task HandleAsync(EventEnvelope<GameUpdated> envelope, CancellationToken cancellationToken) =>
        Record(envelope.Id, envelope.Type, failing: envelope.Data.GameId == TestEvents.FailingGameId);

    public Task HandleAsync(EventEnvelope<GuildMemberRemoved> envelope, CancellationToken cancellationToken) =>
        Record(envelope.Id, envelope.Type, failing: false);

    private Task Record(Guid eventId, string type, bool failing)
    {
        handled.RecordAttempt(eventId);
        if (failing) throw new InvalidOperationException("This event always fails.");

        handled.Record(new HandledEvent(eventId, type, Activity.Current?.TraceId, Activity.Current?.ParentSpanId));
        return Task.CompletedTask;
    }
}

public sealed record HandledEvent(Guid EventId, string Type, ActivityTraceId? TraceId, ActivitySpanId? ParentSpanId);

/// <summary>What one host's handler saw (a singleton per host).</summary>
public sealed class HandledEvents
{
    private readonly ConcurrentQueue<HandledEvent> _handled = new();
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private int _missedEventsNotices;

    public IReadOnlyCollection<HandledEvent> All => _handled;

    public int MissedEventsNotices => Volatile.Read(ref _missedEventsNotices);

    public void RecordMissedEventsNotice() => Interlocked.Increment(ref _missedEventsNotices);

    public int AttemptsOf(Guid eventId) => _attempts.GetValueOrDefault(eventId);

    public void RecordAttempt(Guid eventId) => _attempts.AddOrUpdate(eventId, 1, (_, attempts) => attempts + 1);

    public void Record(HandledEvent handled) => _handled.Enqueue(handled);

    public int TimesHandled(Guid eventId) => _handled.Count(handled => handled.EventId == eventId);

    /// <summary>Waits until the handler has handled <paramref name="eventId"/>, and returns what it saw.</summary>
    public async Task<HandledEvent> WaitForAsync(Guid eventId, TimeSpan timeout)
    {
        await Eventually.HoldsAsync(() => TimesHandled(eventId) > 0, timeout, $"event {eventId} is handled");
        return _handled.First(handled => handled.EventId == eventId);
    }
}
