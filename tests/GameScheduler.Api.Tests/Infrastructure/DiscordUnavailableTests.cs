using System.Net;
using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Rest;
using Microsoft.AspNetCore.Builder;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>Discord failing on its side (a 5xx, no connection, a timeout) is a 503 problem with Retry-After, never a 500.</summary>
public sealed class DiscordUnavailableTests : IAsyncLifetime
{
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.MapGet("/oauth-5xx", () => Throw(new DiscordOAuthException(502, "Bad Gateway")));
        app.MapGet("/rest-5xx", () => Throw(new DiscordApiException(HttpStatusCode.ServiceUnavailable, 0, "Service Unavailable", "GET /users/@me", null)));
        app.MapGet("/unreachable", () => Throw(new HttpRequestException("Connection refused (discord.com:443)")));
        app.MapGet("/timeout", () => Throw(new TaskCanceledException("The request was canceled.", new TimeoutException())));
        app.MapGet("/oauth-4xx", () => Throw(new DiscordOAuthException(400, "invalid_grant")));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/oauth-5xx")]
    [InlineData("/rest-5xx")]
    [InlineData("/unreachable")]
    [InlineData("/timeout")]
    public async Task Discord_failing_on_its_side_is_a_503_problem_with_retry_after(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Discord is unavailable", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
    }

    [Fact]
    public async Task Discord_refusing_the_request_is_not_an_outage()
    {
        using var response = await _host.Client.GetAsync("/oauth-4xx");

        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static IResult Throw(Exception exception) => throw exception;
}
