using System.Net;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Logs in through the real OAuth2 code flow against the emulator: the Api's login redirect, the emulator's authorize
/// shortcut (<c>emulator_user_id</c> approves at once), and the Api's callback that sets the session cookie.
/// </summary>
public static class DiscordLogin
{
    public static async Task<ApiSession> LogInAsync(this GraphFixture graph, string userId, string returnTo = "/")
    {
        var apiUrl = graph.App.GetEndpoint("api", "http");
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = apiUrl,
        };
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");

        var authorize = await RedirectTargetAsync(client, new Uri(apiUrl, $"/api/v1/auth/login?return_to={Uri.EscapeDataString(returnTo)}"));
        var callback = await RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={userId}"));
        var landing = await RedirectTargetAsync(client, callback);
        if (landing.AbsolutePath != returnTo)
        {
            throw new InvalidOperationException($"The login callback sent user {userId} to {landing}, not to {returnTo}.");
        }

        return new ApiSession(client, cookies, apiUrl, userId);
    }

    /// <summary>Follows one redirect step by hand, so each hop of the flow can be checked and cookies land where set.</summary>
    public static async Task<Uri> RedirectTargetAsync(HttpClient client, Uri url)
    {
        using var response = await client.GetAsync(url).WaitAsync(ApiSession.RequestTimeout);
        if (response.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect) || response.Headers.Location is null)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, not a redirect: {body}");
        }

        return response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(url, response.Headers.Location);
    }
}
