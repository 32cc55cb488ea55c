using System.Text.Json.Nodes;
using GameScheduler.Api.Realtime;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>The benchmark's games exist in no database: its events go out as they come, without a state.</summary>
internal sealed class NoGameStates : ILiveGameStates
{
    public Task<JsonObject?> ReadAsync(Guid gameId, CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}
