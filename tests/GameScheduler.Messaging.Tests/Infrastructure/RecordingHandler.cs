using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using GameScheduler.Core.Events;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>The consumer's handler in the tests: records every event it is given and fails on flagged ones.</summary>
public sealed class RecordingHandler(HandledEvents handled) : IEventHandler, IMissedEventsHandler
{
    public Task OnEventsMayHaveBeenMissedAsync(CancellationToken cancellationToken)
    {
        handled.RecordMissedEventsNotice();
        return Task.CompletedTask;
    }

    public Task HandleAsync(EventEnvelope<JsonElement> envelope, CancellationToken cancellationToken)
    {
        handled.RecordAttempt(envelope.Id);
        if (TestEvents.IsFailing(envelope.Data)) throw new InvalidOperationException("This event always fails.");

        handled.Record(new HandledEvent(envelope, Activity.Current?.TraceId, Activity.Current?.ParentSpanId));
        return Task.CompletedTask;
    }
}

public sealed record HandledEvent(EventEnvelope<JsonElement> Envelope, ActivityTraceId? TraceId, ActivitySpanId? ParentSpanId);

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

    public int TimesHandled(Guid eventId) => _handled.Count(handled => handled.Envelope.Id == eventId);

    /// <summary>Waits until the handler has handled <paramref name="eventId"/>, and returns what it saw.</summary>
    public async Task<HandledEvent> WaitForAsync(Guid eventId, TimeSpan timeout)
    {
        await Eventually.HoldsAsync(() => TimesHandled(eventId) > 0, timeout, $"event {eventId} is handled");
        return _handled.First(handled => handled.Envelope.Id == eventId);
    }
}
