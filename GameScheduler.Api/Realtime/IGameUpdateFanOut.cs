namespace GameScheduler.Api.Realtime;

/// <summary>Hands an update to the open streams allowed to see it.</summary>
internal interface IGameUpdateFanOut
{
    /// <summary>Queues the update on each such stream; returns how many streams took it.</summary>
    Task<int> DeliverAsync(GameUpdate update, CancellationToken ct);
}
