using System.Net;
using System.Text;
using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace GameScheduler.Api.Tests.Infrastructure;

public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private const int Limit = 1024;
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.UseApiLimits();
        app.MapPost("/api/v1/echo", async (HttpRequest request) => TypedResults.Ok((await new StreamReader(request.Body).ReadToEndAsync()).Length));
    }, services => services.AddApiLimits(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Limits:MaxRequestBodyBytes"] = $"{Limit}" })
        .Build()));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_body_within_the_limit_is_read()
    {
        using var response = await PostAsync(new StringContent(new string('a', Limit)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Limit}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declared_length_beyond_the_limit_is_a_413_problem()
    {
        using var response = await PostAsync(new StringContent(new string('a', Limit + 1)));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{Limit} bytes", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_without_a_length_that_grows_beyond_the_limit_is_a_413_problem()
    {
        using var response = await PostAsync(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('a', Limit * 4)))));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/echo") { Content = content };
        request.Headers.Add(AntiForgeryMiddleware.HeaderName, AntiForgeryMiddleware.HeaderValue);
        return await _host.Client.SendAsync(request);
    }
}
