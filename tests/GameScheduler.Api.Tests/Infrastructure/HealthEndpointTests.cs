using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>What <c>/health</c> tells a caller: every check by name in Development, the overall status alone elsewhere.</summary>
public sealed class HealthEndpointTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Outside_development_health_answers_the_status_alone()
    {
        var (status, body) = await GetHealthAsync(Environments.Production);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task In_development_health_names_every_check()
    {
        var (status, body) = await GetHealthAsync(Environments.Development);

        Assert.Equal(StatusCodes.Status200OK, status);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("reachable", report.GetProperty("checks").GetProperty("postgres").GetProperty("description").GetString());
    }

    private static async Task<(int Status, string Body)> GetHealthAsync(string environment)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.AddDefaultHealthChecks();
        builder.Services.AddHealthChecks().AddCheck("postgres", () => HealthCheckResult.Healthy("reachable"));
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync().WaitAsync(Timeout);

        using var client = app.GetTestClient();
        using var response = await client.GetAsync("/health").WaitAsync(Timeout);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().WaitAsync(Timeout));
    }
}
