using System.Net;
using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>The Api's rate limits as its pipeline applies them, with small limits from configuration.</summary>
public sealed class RateLimitingTests : IAsyncLifetime
{
    private const int Limit = 3;
    private ConventionsHost _host = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:Auth:TokenLimit"] = $"{Limit}",
            ["RateLimits:Auth:ReplenishmentPeriod"] = "01:00:00",
            ["RateLimits:Writes:TokenLimit"] = $"{Limit * 2}",
            ["RateLimits:Writes:ReplenishmentPeriod"] = "00:00:30",
            ["RateLimits:Participation:TokenLimit"] = $"{Limit}",
            ["RateLimits:Participation:ReplenishmentPeriod"] = "00:10:00",
        }).Build();
        _host = await ConventionsHost.StartAsync(app =>
        {
            HeaderAuthentication.UseTestClientAddress(app);
            app.UseAuthentication();
            app.UseApiLimits();
            app.UseAuthorization();
            var auth = app.MapGroup("/api/v1/auth").RequireRateLimiting(RateLimiting.PerAddress);
            auth.MapGet("/login", () => "redirect");
            auth.MapGet("/callback", () => "session");
            app.MapMethods("/api/v1/things", ["GET", "POST", "DELETE"], () => "done").RequireAuthorization();
            app.MapPost("/api/v1/games/{id}/join", (string id) => id).RequireAuthorization().RequireRateLimiting(RateLimiting.Participation);
        }, services =>
        {
            services.AddApiLimits(configuration);
            services.AddAuthentication(HeaderAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
            services.AddAuthorization();
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Login_starts_are_counted_per_client_address_and_refused_beyond_the_limit_with_a_problem_and_retry_after()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/auth/login", address: "203.0.113.7")).StatusCode);
        }

        using var refused = await SendAsync(HttpMethod.Get, "/api/v1/auth/login", address: "203.0.113.7");
        await AssertTooManyAsync(refused, maxSeconds: 3600);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/auth/login", address: "203.0.113.8")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/auth/callback", address: "203.0.113.7")).StatusCode);
    }

    [Fact]
    public async Task Spelling_the_route_differently_does_not_open_a_fresh_allowance()
    {
        string[] spellings = ["/api/v1/auth/login", "/API/v1/auth/Login", "/api/v1/auth/login/"];
        foreach (var path in spellings)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, path, address: "203.0.113.9")).StatusCode);
        }

        using var refused = await SendAsync(HttpMethod.Get, "/Api/V1/Auth/LOGIN", address: "203.0.113.9");
        await AssertTooManyAsync(refused, maxSeconds: 3600);
    }

    [Fact]
    public async Task Writes_are_counted_per_user_and_reads_are_not_counted()
    {
        for (var i = 0; i < Limit * 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(i % 2 == 0 ? HttpMethod.Post : HttpMethod.Delete, "/api/v1/things", user: "anna")).StatusCode);
        }

        using var refused = await SendAsync(HttpMethod.Post, "/api/v1/things", user: "anna");
        await AssertTooManyAsync(refused, maxSeconds: 30);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/things", user: "anna")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/things", user: "ben")).StatusCode);
    }

    [Fact]
    public async Task Joins_and_leaves_have_a_per_user_limit_of_their_own_below_the_writes_limit()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"/api/v1/games/g{i}/join", user: "carol")).StatusCode);
        }

        using var refused = await SendAsync(HttpMethod.Post, "/api/v1/games/g0/join", user: "carol");
        await AssertTooManyAsync(refused, maxSeconds: 600);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/things", user: "carol")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/games/g0/join", user: "dave")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? user = null, string? address = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(AntiForgeryMiddleware.HeaderName, AntiForgeryMiddleware.HeaderValue);
        if (user is not null) request.Headers.Add(HeaderAuthentication.UserHeader, user);
        if (address is not null) request.Headers.Add(HeaderAuthentication.AddressHeader, address);
        return await _host.Client.SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, int maxSeconds)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, maxSeconds);
        Assert.Contains($"{retryAfter} seconds", problem.GetProperty("detail").GetString());
    }
}
