using System.Net;
using System.Text;
using System.Text.Json;
using GameScheduler.Discord.OAuth;

namespace GameScheduler.Api.Tests.Guilds;

/// <summary>Discord's <c>/users/@me/guilds</c> as a test sets it; counts how often it was asked.</summary>
internal sealed class FakeDiscordGuilds : HttpMessageHandler
{
    private int _requests;

    public IReadOnlyList<OAuthGuild> Guilds { get; set; } = [];

    public int Requests => _requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath != "/api/v10/users/@me/guilds")
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        Interlocked.Increment(ref _requests);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(Guilds), Encoding.UTF8, "application/json"),
        });
    }
}
