namespace GameScheduler.Core.Events;

/// <summary>
/// The message body of every event: <c>{"id","type","occurred_at","data"}</c> in snake_case (see <see cref="EventJson"/>);
/// <c>type</c> is the data's <see cref="IIntegrationEvent.EventType"/>.
/// </summary>
public sealed record EventEnvelope<TData>(Guid Id, string Type, DateTimeOffset OccurredAt, TData Data);
