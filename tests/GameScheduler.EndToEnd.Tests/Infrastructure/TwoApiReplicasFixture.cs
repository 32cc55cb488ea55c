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

        ApiInstances = await Graph.ApiInstanceAddressesAsync(2);
    }

    public Task DisposeAsync() => Graph.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TwoApiReplicasCollection : ICollectionFixture<TwoApiReplicasFixture>
{
    // Its own graph: two Api instances, so every event must reach the streams of both.
    public const string Name = "two-api-replicas";
}
