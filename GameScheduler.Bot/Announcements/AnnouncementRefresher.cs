namespace GameScheduler.Bot.Announcements;

/// <summary>
/// Coalesces re-render requests per game. At most one render of a game runs at a time, and at most one more waits behind
/// it: every request that arrives meanwhile joins the waiting one, which reads the game only when it starts and so shows
/// everything committed before any of those requests. A burst of changes to one game thus costs a couple of edits, not
/// one per change.
/// </summary>
internal sealed class AnnouncementRefresher(IServiceScopeFactory scopes) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, GameRenders> games = [];
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Completes when a render that started after this call has finished, and fails if that render failed.</summary>
    /// <param name="ct">Stops waiting; the render itself goes on for the other requests it serves.</param>
    public Task RefreshAsync(Guid gameId, CancellationToken ct)
    {
        Task waiting;
        lock (gate)
        {
            if (!games.TryGetValue(gameId, out var renders))
            {
                games[gameId] = renders = new GameRenders();
            }

            if (renders.Waiting is null)
            {
                var render = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var previous = renders.Latest;
                renders.Waiting = renders.Latest = render.Task;
                _ = Task.Run(() => RenderAfterAsync(gameId, renders, previous, render));
            }

            waiting = renders.Waiting;
        }

        return waiting.WaitAsync(ct);
    }

    private async Task RenderAfterAsync(Guid gameId, GameRenders renders, Task previous, TaskCompletionSource render)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (gate)
        {
            // From here on this render may already have read the game: later requests need a render of their own.
            renders.Waiting = null;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAnnouncementWriter>().WriteAsync(gameId, stopping.Token);
            render.SetResult();
        }
        catch (Exception exception)
        {
            render.SetException(exception);
        }
        finally
        {
            lock (gate)
            {
                if (renders.Waiting is null && renders.Latest == render.Task)
                {
                    games.Remove(gameId);
                }
            }
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private sealed class GameRenders
    {
        public Task Latest { get; set; } = Task.CompletedTask;

        /// <summary>The render that has not started yet, which new requests join.</summary>
        public Task? Waiting { get; set; }
    }
}
