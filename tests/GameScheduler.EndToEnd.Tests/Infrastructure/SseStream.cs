using System.Net;
using System.Text.Json;
using System.Threading.Channels;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>One received SSE event: its id and parsed data.</summary>
public sealed record SseEvent(string? Id, JsonElement Data)
{
    public string? Type => Data.GetProperty("type").GetString();
    public string? GameId => Data.TryGetProperty("game_id", out var id) ? id.GetString() : null;
    public string? GuildId => Data.TryGetProperty("guild_id", out var id) ? id.GetString() : null;
}

/// <summary>An open <c>/api/v1/sse/game-updates</c> stream, parsed as a browser's EventSource would.</summary>
public sealed class SseStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly HttpClient? _ownClient;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SseEvent> _events = Channel.CreateUnbounded<SseEvent>();
    private readonly Task _reading;

    private SseStream(HttpResponseMessage response, HttpClient? ownClient)
    {
        _response = response;
        _ownClient = ownClient;
        _reading = ReadAsync();
    }

    public HttpResponseMessage Response => _response;

    public static Task<SseStream> OpenAsync(ApiSession session, string query = "", string? lastEventId = null) =>
        OpenAsync(session.Client, ownClient: null, query, lastEventId);

    /// <summary>Opens the stream on one Api instance directly, not through the proxy, with the session's cookie.</summary>
    public static Task<SseStream> OpenOnInstanceAsync(ApiSession session, Uri instance, string? lastEventId = null)
    {
        var client = new HttpClient { BaseAddress = instance, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add("Cookie", $"session_token={session.SessionToken}");
        return OpenAsync(client, ownClient: client, query: "", lastEventId);
    }

    private static async Task<SseStream> OpenAsync(HttpClient client, HttpClient? ownClient, string query, string? lastEventId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sse/game-updates{query}");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            ownClient?.Dispose();
            throw new HttpRequestException($"The stream answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }

        return new SseStream(response, ownClient);
    }

    /// <summary>The next event that matches, or a timeout naming what was awaited.</summary>
    public async Task<SseEvent> NextAsync(Func<SseEvent, bool> match, TimeSpan timeout, string description) =>
        (await UntilAsync(match, timeout, description))[^1];

    /// <summary>Every event up to and including the first that matches.</summary>
    public async Task<IReadOnlyList<SseEvent>> UntilAsync(Func<SseEvent, bool> match, TimeSpan timeout, string description)
    {
        var seen = new List<SseEvent>();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            do
            {
                seen.Add(await _events.Reader.ReadAsync(deadline.Token));
            }
            while (!match(seen[^1]));

            return seen;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {description} arrived on the stream within {timeout}.");
        }
        catch (ChannelClosedException closed)
        {
            throw new InvalidOperationException(
                $"The stream ended before {description} arrived{(closed.InnerException is { } why ? $": {why.Message}" : ".")}");
        }
    }

    /// <summary>Every event as it arrives, until the stream ends.</summary>
    public IAsyncEnumerable<SseEvent> ReadAllAsync(CancellationToken cancellationToken) => _events.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Waits for the server to end the stream.</summary>
    public async Task EndAsync(TimeSpan timeout)
    {
        try
        {
            await _events.Reader.Completion.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The server did not end the stream within {timeout}.");
        }
    }

    /// <summary>Everything that arrives within <paramref name="window"/> (or until the stream ends).</summary>
    public async Task<IReadOnlyList<SseEvent>> CollectAsync(TimeSpan window)
    {
        var collected = new List<SseEvent>();
        using var stop = new CancellationTokenSource(window);
        try
        {
            while (true)
            {
                collected.Add(await _events.Reader.ReadAsync(stop.Token));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            return collected;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? id = null;
            string? data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        _events.Writer.TryWrite(new SseEvent(id, JsonDocument.Parse(data).RootElement.Clone()));
                    }

                    (id, data) = (null, null);
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line[4..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The contract has no event: field; EventSource.onmessage would miss it.");
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
        {
            // The server ended the stream or the test disposed it: readers just see it completed.
        }
        catch (Exception exception)
        {
            // A frame that breaks the wire contract fails whoever is waiting for events, naming the problem.
            _events.Writer.TryComplete(exception);
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        _ownClient?.Dispose();
        await _reading.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
