using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Requests beyond GET and POST for an <see cref="ApiSession"/> (or a client carrying one): any method, by result or by status alone.</summary>
public static class ApiSessionRequests
{
    /// <summary>Sends <paramref name="body"/> as JSON and returns the response's JSON; a failure status throws with the body.</summary>
    public static async Task<JsonElement> SendJsonAsync(this ApiSession session, HttpMethod method, string path, object body)
    {
        using var response = await session.Client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) })
            .WaitAsync(ApiSession.RequestTimeout);
        var text = await response.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sends the request (with <paramref name="body"/> as JSON, if any) and returns only the status.</summary>
    public static Task<HttpStatusCode> StatusAsync(this ApiSession session, HttpMethod method, string path, object? body = null) =>
        session.Client.StatusAsync(method, path, body);

    /// <summary>As above, through a client of its own (one Api instance's, say) that carries the session itself.</summary>
    public static async Task<HttpStatusCode> StatusAsync(this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);
        return response.StatusCode;
    }
}
