using System.Net;
using System.Text;
using System.Text.Json;
using GameScheduler.Discord.OAuth;

namespace GameScheduler.Api.Tests.Guilds;

/// <summary>Discord's <c>/users/@me/guilds</c> as a test sets it (or refusing the token); counts how often it was asked.</summary>
internal sealed class FakeDiscordGuilds : HttpMessageHandler
{
    private int _requests;

    public IReadOnlyList<OAuthGuild> Guilds { get; set; } = [];

    public int Requests => _requests;

    /// <summary>Set to answer 401, as Discord does once the user has revoked the app.</summary>
    public bool RefusesToken { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath != "/api/v10/users/@me/guilds")
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        Interlocked.Increment(ref _requests);
        if (RefusesToken)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                Content = new StringContent("""{"message":"401: Unauthorized","code":0}""", Encoding.UTF8, "application/json"),
            });
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(Guilds), Encoding.UTF8, "application/json"),
        });
    }
}
