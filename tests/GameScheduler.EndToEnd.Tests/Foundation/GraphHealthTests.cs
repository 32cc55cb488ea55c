using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Foundation;

[Collection(GraphCollection.Name)]
public sealed class GraphHealthTests(GraphFixture graph)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void Every_resource_is_running()
    {
        var model = graph.App.Services.GetRequiredService<DistributedApplicationModel>();
        var notifications = graph.App.ResourceNotifications;

        foreach (var name in GraphFixture.HealthyResources)
        {
            Assert.Contains(model.Resources, resource => resource.Name == name);
            Assert.True(notifications.TryGetCurrentState(name, out var state), $"No state for '{name}'.");
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, state.Snapshot.HealthStatus);
        }
    }

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    public async Task Health_endpoint_reports_postgres_valkey_and_rabbitmq_healthy(string service)
    {
        using var client = graph.CreateHttpClient(service);

        using var response = await client.GetAsync("/health").WaitAsync(RequestTimeout);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>().WaitAsync(RequestTimeout);

        Assert.True(response.IsSuccessStatusCode, $"{service} /health answered {response.StatusCode}: {report}");
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateObject().ToDictionary(
            check => check.Name, check => check.Value.GetProperty("status").GetString());
        Assert.Contains(checks, check => (check.Key.Contains("postgres", StringComparison.OrdinalIgnoreCase)
            || check.Key.Contains("DbContext", StringComparison.Ordinal)) && check.Value == "Healthy");
        Assert.Contains(checks, check => check.Key.Contains("redis", StringComparison.OrdinalIgnoreCase) && check.Value == "Healthy");
        Assert.Contains(checks, check => check.Key.Contains("rabbitmq", StringComparison.OrdinalIgnoreCase) && check.Value == "Healthy");
    }
}
