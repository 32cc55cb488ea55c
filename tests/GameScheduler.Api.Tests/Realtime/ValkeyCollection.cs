namespace GameScheduler.Api.Tests.Realtime;

[CollectionDefinition(Name)]
public sealed class ValkeyCollection : ICollectionFixture<ValkeyFixture>
{
    public const string Name = "valkey";
}
