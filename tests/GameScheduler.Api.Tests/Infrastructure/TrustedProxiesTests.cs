using System.Net;
using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>
/// The origin the login builds its <c>redirect_uri</c> from, and the session cookie's Secure flag, behind proxies:
/// X-Forwarded-* count only from loopback and the configured proxies, and a forwarded host only if it is allowed.
/// </summary>
public sealed class TrustedProxiesTests
{
    private static readonly IPAddress Outsider = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Forwarded_proto_and_host_from_loopback_are_the_origin_and_make_the_cookie_secure()
    {
        await using var app = await StartAsync(Environments.Development);

        var response = await SendAsync(app, IPAddress.Loopback, proto: "https", host: "games.example.org");

        Assert.Equal("https://games.example.org", await ReadOriginAsync(response));
        Assert.Contains("secure", SessionCookie(response));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        await using var app = await StartAsync(Environments.Development);

        var response = await SendAsync(app, Outsider, proto: "https", host: "games.example.org");

        Assert.Equal("http://localhost", await ReadOriginAsync(response));
        Assert.DoesNotContain("secure", SessionCookie(response));
    }

    [Fact]
    public async Task A_configured_proxy_network_is_trusted()
    {
        await using var app = await StartAsync(Environments.Development, new()
        {
            ["ForwardedHeaders:KnownNetworks:0"] = "203.0.113.0/24",
        });

        var response = await SendAsync(app, Outsider, proto: "https", host: "games.example.org");

        Assert.Equal("https://games.example.org", await ReadOriginAsync(response));
    }

    [Fact]
    public async Task A_configured_proxy_address_is_trusted()
    {
        await using var app = await StartAsync(Environments.Development, new()
        {
            ["ForwardedHeaders:KnownProxies:0"] = "203.0.113.7",
        });

        var response = await SendAsync(app, Outsider, proto: "https", host: "games.example.org");

        Assert.Equal("https://games.example.org", await ReadOriginAsync(response));
    }

    [Fact]
    public async Task A_forwarded_host_outside_the_allowed_hosts_is_not_the_origin()
    {
        await using var app = await StartAsync(Environments.Development, new() { ["AllowedHosts"] = "localhost;games.example.org" });

        var response = await SendAsync(app, IPAddress.Loopback, proto: "https", host: "evil.example");

        Assert.DoesNotContain("evil.example", await ReadOriginAsync(response));
    }

    [Fact]
    public async Task Outside_development_the_cookie_is_secure_even_over_plain_http()
    {
        await using var app = await StartAsync(Environments.Production);

        var response = await SendAsync(app, Outsider, proto: null, host: null);

        Assert.Equal("http://localhost", await ReadOriginAsync(response));
        Assert.Contains("secure", SessionCookie(response));
    }

    private static async Task<WebApplication> StartAsync(string environment, Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddTrustedProxies(builder.Configuration);

        var app = builder.Build();
        app.UseTrustedProxies();
        app.MapGet("/origin", (HttpContext context) =>
        {
            GameScheduler.Api.Auth.SessionCookie.Append(context, "token");
            return $"{context.Request.Scheme}://{context.Request.Host}";
        });
        await app.StartAsync().WaitAsync(ConventionsHost.Timeout);
        return app;
    }

    private static Task<HttpContext> SendAsync(WebApplication app, IPAddress from, string? proto, string? host) =>
        app.GetTestServer().SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Path = "/origin";
            if (proto is not null) context.Request.Headers["X-Forwarded-Proto"] = proto;
            if (host is not null) context.Request.Headers["X-Forwarded-Host"] = host;
            context.Request.Headers["X-Forwarded-For"] = "198.51.100.1";
        }).WaitAsync(ConventionsHost.Timeout);

    private static async Task<string> ReadOriginAsync(HttpContext response)
    {
        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        return await new StreamReader(response.Response.Body).ReadToEndAsync();
    }

    private static string SessionCookie(HttpContext response) =>
        response.Response.Headers.SetCookie.Single(cookie => cookie!.StartsWith("session_token=", StringComparison.Ordinal))!.ToLowerInvariant();
}
