using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>The games the crowd watches, created by the guild's owner and announced by the bot.</summary>
internal static class AnnouncedGames
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Seats per game: with more players than seats, joins and leaves also move the waitlist.</summary>
    private const int MaxPlayers = 20;

    public static async Task<IReadOnlyList<AnnouncedGame>> CreateAsync(ApiClient api, Player host, int count, CancellationToken ct)
    {
        var games = new List<AnnouncedGame>();
        for (var index = 0; index < count; index++)
        {
            var id = await UntilAsync(async () => await api.CreateGameAsync(host, $"Crowd {index}", MaxPlayers, ct), ct);
            games.Add(new AnnouncedGame(id, await UntilAsync(() => api.AnnouncementIdAsync(host, id, ct), ct)));
        }

        return games;
    }

    /// <summary>
    /// Retries until an answer: the bot records the guild (so games may be created in it) and posts each announcement
    /// a moment after the graph reports healthy.
    /// </summary>
    private static async Task<T> UntilAsync<T>(Func<Task<T?>> attempt, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if (await attempt() is { } answer)
                {
                    return answer;
                }
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"No game or announcement within {Patience.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }
}
