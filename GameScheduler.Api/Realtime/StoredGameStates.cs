using System.Text.Json;
using System.Text.Json.Nodes;
using GameScheduler.Api.Games;
using GameScheduler.Core.Games;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Reads the game from the database once per event and instance, however many streams the event then goes to, so what
/// a change costs the database does not grow with the number of people watching.
/// </summary>
public sealed class StoredGameStates(IServiceScopeFactory scopes, IOptions<JsonOptions> json, ILogger<StoredGameStates> logger)
    : ILiveGameStates
{
    private readonly string[] _viewerFields = [.. GameResponse.ViewerFields.Select(json.Value.SerializerOptions.PropertyNamingPolicy!.ConvertName)];

    public async Task<JsonObject?> ReadAsync(Guid gameId, CancellationToken ct)
    {
        GameView? game;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            game = await scope.ServiceProvider.GetRequiredService<GameQueries>().FindForEveryoneAsync(gameId, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The event still goes out, without its state: browsers then ask for the game themselves.
            logger.LogWarning(exception, "Could not read game {GameId} for its live update.", gameId);
            return null;
        }

        if (game is null)
        {
            return null;
        }

        var state = JsonSerializer.SerializeToNode(GameResponse.Of(game), json.Value.SerializerOptions)!.AsObject();
        foreach (var field in _viewerFields)
        {
            state.Remove(field);
        }

        return state;
    }
}
