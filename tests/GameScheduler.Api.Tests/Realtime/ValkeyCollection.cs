namespace GameScheduler.Api.Tests.Realtime;

[CollectionDefinition(Name)]
public sealed class ValkeyCollection : ICollectionFixture<ValkeyServer>
{
    public const string Name = ValkeyServer.CollectionName;
}
