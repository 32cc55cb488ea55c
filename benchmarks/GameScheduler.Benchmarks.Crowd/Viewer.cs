using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>A refetch of a viewer's page, with when it was sent and answered.</summary>
internal readonly record struct Refetch(long StartedAt, long AnsweredAt, bool Succeeded);

/// <summary>
/// One browser tab of a signed-in user: the game-update stream read as <c>EventSource</c> reads it, and on every event
/// exactly what the web app does. It mirrors <c>useGameUpdates</c> (hooks/useGameUpdates.ts: one stream, reconnecting
/// with <c>Last-Event-ID</c>), <c>parseGameUpdate</c> and <c>applyGameUpdate</c> (api/liveUpdates.ts: an update carrying
/// the game's state that leaves this user's own fields alone is applied without a request, anything else refetches),
/// <c>refetchGame</c> (api/gameCache.ts) and <c>refetchCoalesced</c> (api/coalescedRefetch.ts), for the queries active
/// on its <see cref="ViewerPage"/>.
/// </summary>
internal sealed class Viewer
{
    private const string StreamPath = "/api/v1/sse/game-updates";
    private const int MaxRetries = 2;
    private static readonly HashSet<string> GameEventTypes = ["game_created", "game_updated", "game_cancelled"];

    private readonly Player _user;
    private readonly HttpClient _api;
    private readonly CoalescedRefetch _gameQuery;
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, long> _firstReceivedAt = [];
    private readonly Dictionary<Guid, long> _appliedAt = [];
    private readonly List<Guid> _received = [];
    private readonly List<Refetch> _refetches = [];
    private string? _lastEventId;
    private long _streamBytes;
    private long _requests;
    private long _failedRequests;
    private int _inFlight;

    public Viewer(Player user, ViewerPage page, HttpClient api)
    {
        _user = user;
        _api = api;
        Page = page;
        _gameQuery = new CoalescedRefetch(() => FetchAsync(page.GameQueryPath));
    }

    public ViewerPage Page { get; }

    /// <summary>Completes once the stream's first response has arrived.</summary>
    public Task Opened => _opened.Task;

    public long StreamBytes => Interlocked.Read(ref _streamBytes);

    public long Requests => Interlocked.Read(ref _requests);

    public long FailedRequests => Interlocked.Read(ref _failedRequests);

    public int Reconnects { get; private set; }

    public long EventsReceived
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    public bool IsIdle => Volatile.Read(ref _inFlight) == 0;

    /// <summary>Reads the stream until <paramref name="stop"/>, opening it again (with <c>Last-Event-ID</c>) whenever it ends.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await ReadStreamAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                Console.Error.WriteLine($"A stream of user {_user.UserId} broke: {exception.Message}");
            }

            if (!stop.IsCancellationRequested)
            {
                Reconnects++;
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }

    private async Task ReadStreamAsync(CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, StreamPath);
        request.Headers.Add("Cookie", $"{ApiClient.SessionCookie}={_user.SessionToken}");
        request.Headers.Add("Accept", "text/event-stream");
        if (_lastEventId is { } lastEventId)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using var response = await _api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
        response.EnsureSuccessStatusCode();
        _opened.TrySetResult();
        // Read as bytes, line by line, and parsed from UTF-8 as it came: this process stands in for thousands of
        // browsers on the machine it measures, so its own reading must cost as little as it can.
        var reader = PipeReader.Create(await response.Content.ReadAsStreamAsync(stop));
        var data = new ArrayBufferWriter<byte>();
        var hasData = false;
        while (true)
        {
            var read = await reader.ReadAsync(stop);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var lineBytes = buffer.Slice(0, end);
                var line = lineBytes.IsSingleSegment ? lineBytes.FirstSpan : lineBytes.ToArray();
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                Interlocked.Add(ref _streamBytes, line.Length + 1);
                if (line.IsEmpty)
                {
                    if (hasData)
                    {
                        Dispatch(data.WrittenMemory);
                    }

                    data.ResetWrittenCount();
                    hasData = false;
                }
                else if (line.StartsWith("id:"u8))
                {
                    _lastEventId = Encoding.UTF8.GetString(FieldValue(line, "id:"u8.Length));
                }
                else if (line.StartsWith("data:"u8))
                {
                    if (hasData)
                    {
                        data.Write("\n"u8);
                    }

                    data.Write(FieldValue(line, "data:"u8.Length));
                    hasData = true;
                }
            }

            reader.AdvanceTo(buffer.Start, read.Buffer.End);
            if (read.IsCompleted)
            {
                await reader.CompleteAsync();
                return;
            }
        }
    }

    private static ReadOnlySpan<byte> FieldValue(ReadOnlySpan<byte> line, int fieldLength) =>
        line[fieldLength..] is [(byte)' ', .. var rest] ? rest : line[fieldLength..];

    /// <summary><c>onmessage</c>: <c>parseGameUpdate</c>, then <c>applyGameUpdate</c>, not awaited, as the browser does.</summary>
    private void Dispatch(ReadOnlyMemory<byte> data)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        Guid? eventId = Guid.TryParse(_lastEventId, out var id) ? id : null;
        if (eventId is { } received)
        {
            lock (_gate)
            {
                _received.Add(received);
                _firstReceivedAt.TryAdd(received, receivedAt);
            }
        }

        string? type, gameId, guildId;
        bool carriesState;
        try
        {
            using var update = JsonDocument.Parse(data);
            var root = update.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            type = Text(root, "type");
            gameId = Text(root, "game_id");
            guildId = Text(root, "guild_id");
            carriesState = HasState(root, gameId, guildId) && LeavesOwnFields(root);
        }
        catch (JsonException)
        {
            return;
        }

        if (type == "resync")
        {
            // invalidateQueries() refetches every active query.
            foreach (var path in Page.ActiveQueryPaths)
            {
                _ = FetchAsync(path);
            }
        }
        else if (type is not null && GameEventTypes.Contains(type) && Guid.TryParse(gameId, out var game) && guildId is not null
            && Page.Refetches(game, guildId))
        {
            // The state goes into the cache at once, unless a fetch under way could answer with older state after it,
            // or the page is a list a new game may land in.
            if (carriesState && type != "game_created" && !_gameQuery.IsRunning && eventId is { } applied)
            {
                lock (_gate)
                {
                    _appliedAt.TryAdd(applied, receivedAt);
                }
            }
            else
            {
                _ = _gameQuery.RequestAsync();
            }
        }
    }

    /// <summary><c>parseGameUpdate</c>'s check of the state an update carries.</summary>
    private static bool HasState(JsonElement update, string? gameId, string? guildId) =>
        update.TryGetProperty("game", out var game) && game.ValueKind == JsonValueKind.Object
        && Text(game, "id") == gameId && Text(game, "guild_id") == guildId
        && game.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number && version.TryGetInt64(out _)
        && game.TryGetProperty("participants", out var participants) && participants.ValueKind == JsonValueKind.Object
        && participants.TryGetProperty("confirmed", out var confirmed) && confirmed.ValueKind == JsonValueKind.Array
        && participants.TryGetProperty("waitlisted", out var waitlisted) && waitlisted.ValueKind == JsonValueKind.Array;

    /// <summary>Whether the update names the users whose own fields it changed, and this viewer is not one of them.</summary>
    private bool LeavesOwnFields(JsonElement update) =>
        update.TryGetProperty("affected_user_ids", out var affected) && affected.ValueKind == JsonValueKind.Array
        && affected.EnumerateArray().All(id => id.ValueKind == JsonValueKind.String && id.GetString() != _user.UserId);

    private static string? Text(JsonElement update, string name) =>
        update.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// A query's fetch: <c>apiRequest</c> (api/http.ts) of a GET, with <c>Accept: application/json</c> and the session
    /// cookie, retried as the app's query client retries (queryClient.ts: a network failure or a server error twice
    /// more, after TanStack Query's default 1 s and 2 s).
    /// </summary>
    private async Task FetchAsync(string path)
    {
        Interlocked.Increment(ref _inFlight);
        var startedAt = Stopwatch.GetTimestamp();
        var succeeded = false;
        for (var failures = 0; ; failures++)
        {
            Interlocked.Increment(ref _requests);
            var status = await TryFetchAsync(path);
            succeeded = status is < 400;
            if (succeeded || status is >= 400 and < 500 || failures == MaxRetries)
            {
                break;
            }

            Interlocked.Increment(ref _failedRequests);
            await Task.Delay(TimeSpan.FromSeconds(1 << failures));
        }

        if (!succeeded)
        {
            Interlocked.Increment(ref _failedRequests);
        }

        if (path == Page.GameQueryPath)
        {
            lock (_gate)
            {
                _refetches.Add(new Refetch(startedAt, Stopwatch.GetTimestamp(), succeeded));
            }
        }

        Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>The answer's status, or null when none came.</summary>
    private async Task<int?> TryFetchAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{ApiClient.SessionCookie}={_user.SessionToken}");
        request.Headers.Add("Accept", "application/json");
        try
        {
            using var response = await _api.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>When the event first arrived on this viewer's stream, if it did.</summary>
    public long? ReceivedAt(Guid eventId)
    {
        lock (_gate)
        {
            return _firstReceivedAt.TryGetValue(eventId, out var at) ? at : null;
        }
    }

    /// <summary>
    /// When the page first held a state at least as new as the event <paramref name="eventId"/> received at
    /// <paramref name="receivedAt"/>: at once when it applied the state the event carried, else the answer to the first
    /// refetch of its game query sent after it (the event is published after its change commits).
    /// </summary>
    public long? VisibleAt(Guid eventId, long receivedAt)
    {
        lock (_gate)
        {
            if (_appliedAt.TryGetValue(eventId, out var appliedAt))
            {
                return appliedAt;
            }

            long? visibleAt = null;
            foreach (var refetch in _refetches)
            {
                if (refetch.Succeeded && refetch.StartedAt >= receivedAt && (visibleAt is null || refetch.AnsweredAt < visibleAt))
                {
                    visibleAt = refetch.AnsweredAt;
                }
            }

            return visibleAt;
        }
    }

    /// <summary>Events of <paramref name="expected"/> (id → order of publication) this viewer missed, got twice, or got after a later one.</summary>
    public (int Lost, int Duplicated, int OutOfOrder) Delivery(IReadOnlyDictionary<Guid, int> expected)
    {
        lock (_gate)
        {
            var seen = new HashSet<Guid>();
            int duplicated = 0, outOfOrder = 0, latest = -1;
            foreach (var id in _received)
            {
                if (!expected.TryGetValue(id, out var index))
                {
                    continue;
                }

                if (!seen.Add(id))
                {
                    duplicated++;
                    continue;
                }

                if (index < latest)
                {
                    outOfOrder++;
                }

                latest = Math.Max(latest, index);
            }

            return (expected.Count - seen.Count, duplicated, outOfOrder);
        }
    }
}
