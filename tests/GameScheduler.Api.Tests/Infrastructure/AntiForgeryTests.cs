using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Infrastructure;

public sealed class AntiForgeryTests : IAsyncLifetime
{
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMethods("/api/v1/things", ["GET", "POST", "PUT", "PATCH", "DELETE"], () => "done");
        app.MapPost("/api/v1/private", () => "secret").RequireAuthorization();
        app.MapPost("/outside", () => "done");
    }, services =>
    {
        services.AddAuthentication(NobodyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, NobodyAuthentication>(NobodyAuthentication.SchemeName, null);
        services.AddAuthorization();
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_state_changing_request_without_the_header_is_forbidden_with_a_problem_naming_it(string method)
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/things"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains("X-Requested-With: XMLHttpRequest", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task A_state_changing_request_with_the_header_goes_through(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/v1/things");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("done", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_header_value_does_not_count()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/things");
        request.Headers.Add("X-Requested-With", "fetch");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reads_need_no_header()
    {
        using var response = await _host.Client.GetAsync("/api/v1/things");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Routes_outside_the_api_are_not_checked()
    {
        using var response = await _host.Client.PostAsync("/outside", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_header_is_checked_before_authentication()
    {
        using var withoutHeader = await _host.Client.PostAsync("/api/v1/private", null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/private");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var withHeader = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withHeader.StatusCode);
    }
}
