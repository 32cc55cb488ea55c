using System.Text.Json.Nodes;

namespace GameScheduler.Api.Realtime;

/// <summary>Reads the state a game event is delivered with: the game as everyone sees it, as the REST Api writes it.</summary>
public interface ILiveGameStates
{
    /// <summary>The game's state now, or null when there is none to give (the game is gone, or it could not be read).</summary>
    Task<JsonObject?> ReadAsync(Guid gameId, CancellationToken ct);
}
