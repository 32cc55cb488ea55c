namespace GameScheduler.Bot.Tests.Gateway;

[CollectionDefinition(Name)]
public sealed class ValkeyCollection : ICollectionFixture<ValkeyServer>
{
    public const string Name = ValkeyServer.CollectionName;
}
