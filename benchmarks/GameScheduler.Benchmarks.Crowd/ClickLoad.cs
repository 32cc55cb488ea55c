using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>A game and the bot's announcement of it, whose Join and Leave buttons the players click.</summary>
internal sealed record AnnouncedGame(Guid Id, string MessageId);

/// <summary>One click on an announcement's button, with when it was sent and when the bot's callback came back.</summary>
internal sealed class Click(string playerId, AnnouncedGame game, bool join, long sentAt)
{
    public string PlayerId { get; } = playerId;

    public AnnouncedGame Game { get; } = game;

    public bool Join { get; } = join;

    public long SentAt { get; } = sentAt;

    /// <summary>When the interaction callback arrived; null if the bot sent none (or the request failed).</summary>
    public long? AnsweredAt { get; set; }
}

/// <summary>
/// Players clicking Join and Leave on the announcements through the emulator's control API, at a fixed rate whatever
/// the answers' pace (open loop). Clicks go round the games, and on each game round its players; a player clicks a
/// game again only once their last click on it is answered, each time the opposite of where they stand.
/// </summary>
internal sealed class ClickLoad(Uri discordUrl, IReadOnlyList<string> players, IReadOnlyList<AnnouncedGame> games) : IDisposable
{
    private readonly HttpClient _emulator = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue })
    {
        BaseAddress = discordUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly Seat[,] _seats = new Seat[players.Count, games.Count];
    private long _sent;

    /// <summary>Clicks at <paramref name="perSecond"/> for <paramref name="duration"/>; answers them all once every one is answered.</summary>
    public async Task<IReadOnlyList<Click>> RunAsync(double perSecond, TimeSpan duration, CancellationToken ct)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        var clicks = new List<Task<Click?>>(count);
        for (var index = 0; index < count; index++)
        {
            var due = started + (long)(index / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            clicks.Add(ClickNextAsync(ct));
        }

        return (await Task.WhenAll(clicks)).OfType<Click>().ToList();
    }

    private async Task<Click?> ClickNextAsync(CancellationToken ct)
    {
        var turn = _sent++;
        var gameIndex = (int)(turn % games.Count);
        var firstPlayer = (int)(turn / games.Count % players.Count);
        for (var offset = 0; offset < players.Count; offset++)
        {
            var playerIndex = (firstPlayer + offset) % players.Count;
            var seat = _seats[playerIndex, gameIndex] ??= new Seat();
            if (!seat.Busy)
            {
                seat.Busy = true;
                try
                {
                    return await ClickAsync(players[playerIndex], games[gameIndex], seat, ct);
                }
                finally
                {
                    seat.Busy = false;
                }
            }
        }

        Console.Error.WriteLine($"Every player of game {games[gameIndex].Id} still waits for an answer; a click is left out.");
        return null;
    }

    private async Task<Click> ClickAsync(string playerId, AnnouncedGame game, Seat seat, CancellationToken ct)
    {
        var join = !seat.Seated;
        var click = new Click(playerId, game, join, Stopwatch.GetTimestamp());
        var button = join ? "join_game" : "leave_game";
        try
        {
            using var response = await _emulator.PostAsJsonAsync("/_emulator/interactions", new
            {
                type = "component",
                user_id = playerId,
                channel_id = SeededGuild.GeneralChannel,
                message_id = game.MessageId,
                custom_id = $"{button}:{game.Id}",
            }, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                click.AnsweredAt = Stopwatch.GetTimestamp();
                seat.Seated = SeatedAfter(join, seat.Seated, body);
            }
            else
            {
                Console.Error.WriteLine($"A click on {button} answered {(int)response.StatusCode}: {body}");
            }
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"A click on {button} failed: {exception.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // Left unanswered, as a person's click the bot never answers; the bot may still make the change later.
            Console.Error.WriteLine($"A click on {button} got no answer within {_emulator.Timeout.TotalSeconds:0} s.");
        }

        return click;
    }

    /// <summary>Where the player stands once the bot answered; a deferred answer ("thinking…") is taken as done.</summary>
    private static bool SeatedAfter(bool join, bool seatedBefore, string callback)
    {
        using var answer = JsonDocument.Parse(callback);
        var content = answer.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("content", out var text)
            ? text.GetString() ?? ""
            : "";
        return content.Contains("try again", StringComparison.OrdinalIgnoreCase) ? seatedBefore : join;
    }

    public void Dispose() => _emulator.Dispose();

    /// <summary>Where one player stands on one game, and whether a click of theirs on it is awaiting its answer.</summary>
    private sealed class Seat
    {
        // Set by the clicking loop, cleared by the answer's continuation on another thread.
        public volatile bool Busy;

        public bool Seated;
    }
}
