namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole graph with two Api instances (AppHost setting <c>Api:Replicas=2</c>), and the address of each instance,
/// so a test can hold a stream on each one rather than wherever the proxy sends it.
/// </summary>
public sealed class TwoApiReplicasFixture : IAsyncLifetime
{
    private const string ReplicasVariable = "Api__Replicas";

    public GraphFixture Graph { get; } = new();

    /// <summary>Each Api instance's own base address.</summary>
    public IReadOnlyList<Uri> ApiInstances { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // The graph fixture passes only the infrastructure mode; the AppHost reads the rest of its configuration from the
        // environment, like any .NET host. Set only while the AppHost builds its model.
        Environment.SetEnvironmentVariable(ReplicasVariable, "2");
        try
        {
            await Graph.InitializeAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(ReplicasVariable, null);
        }

        ApiInstances = await InstanceAddressesAsync();
    }

    private async Task<IReadOnlyList<Uri>> InstanceAddressesAsync()
    {
        var addresses = new Dictionary<string, Uri>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var update in Graph.App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (update.Resource.Name == "api"
                    && update.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value is { } urls)
                {
                    addresses[update.ResourceId] = new Uri(urls.Split(';')[0]);
                    if (addresses.Count == 2)
                    {
                        return [.. addresses.Values];
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below, with what was found.
        }

        throw new InvalidOperationException(
            $"Expected two Api instances with their own addresses, found {addresses.Count}: {string.Join(", ", addresses.Values)}.");
    }

    public Task DisposeAsync() => Graph.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TwoApiReplicasCollection : ICollectionFixture<TwoApiReplicasFixture>
{
    // Its own graph: two Api instances, so every event must reach the streams of both.
    public const string Name = "two-api-replicas";
}
