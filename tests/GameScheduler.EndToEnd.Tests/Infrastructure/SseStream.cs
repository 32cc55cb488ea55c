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
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SseEvent> _events = Channel.CreateUnbounded<SseEvent>();
    private readonly Task _reading;

    private SseStream(HttpResponseMessage response)
    {
        _response = response;
        _reading = ReadAsync();
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseStream> OpenAsync(ApiSession session, string query = "", string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sse/game-updates{query}");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await session.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(ApiSession.RequestTimeout);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new HttpRequestException($"The stream answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }

        return new SseStream(response);
    }

    /// <summary>The next event that matches, or a timeout naming what was awaited.</summary>
    public async Task<SseEvent> NextAsync(Func<SseEvent, bool> match, TimeSpan timeout, string description)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(deadline.Token);
                if (match(next))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {description} arrived on the stream within {timeout}.");
        }
    }

    /// <summary>Everything that arrives within <paramref name="window"/>.</summary>
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
        catch (OperationCanceledException)
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
        await _reading.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
