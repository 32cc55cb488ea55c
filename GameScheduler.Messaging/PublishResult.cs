namespace GameScheduler.Messaging;

/// <summary>
/// What the broker confirmed of a batch: the ids of its leading rows, in order, up to the first row that failed
/// (nacked, unconfirmed in time, or lost with the connection); <see cref="Failure"/> says why that row failed.
/// </summary>
public sealed record PublishResult(IReadOnlyList<Guid> Confirmed, Exception? Failure);
