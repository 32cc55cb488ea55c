using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>
/// The tests that stop and start the backing services. They share a graph of their own, so an outage never disturbs
/// the other collections' tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<GraphFixture>
{
    public const string Name = "faults";
}
