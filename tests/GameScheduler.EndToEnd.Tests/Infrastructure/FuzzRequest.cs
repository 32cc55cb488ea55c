using System.Text;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>One hostile request: the operation it targets, the value under test (where it went, and what it was), and what to send.</summary>
public sealed record FuzzRequest(ApiOperation Operation, string Where, string Value, string Path)
{
    public byte[]? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    public (string Name, string Value)? Header { get; init; }

    /// <summary>Sends it: the status, and for a 5xx a sentence naming the method, route, value and answer.</summary>
    public async Task<FuzzAnswer> SendAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(Operation.Method, new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        if (Header is var (name, value))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        // Headers only: a route that streams (server-sent events) answers its status and keeps going.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(ApiSession.RequestTimeout);
        if ((int)response.StatusCode < 500)
        {
            return new FuzzAnswer(response.StatusCode, ServerError: null);
        }

        var body = await response.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout);
        return new FuzzAnswer(response.StatusCode, $"{this} answered {(int)response.StatusCode}: {Shorten(body, 300)}");
    }

    public override string ToString() => $"{Operation} ({Operation.Method} {Shorten(Path, 120)}) with {Where} = {Shorten(Value, 80)}";

    /// <summary>Readable in a failure message: control characters escaped, long values cut with their length.</summary>
    private static string Shorten(string text, int max)
    {
        var escaped = new StringBuilder();
        foreach (var character in text.Length > max ? text[..max] : text)
        {
            escaped.Append(char.IsControl(character) ? $"\\u{(int)character:x4}" : character.ToString());
        }

        return text.Length > max ? $"{escaped}… ({text.Length} characters)" : escaped.ToString();
    }
}

public sealed record FuzzAnswer(System.Net.HttpStatusCode Status, string? ServerError);
