namespace GameScheduler.Bot.Tests.Gateway;

[CollectionDefinition(Name)]
public sealed class ValkeyCollection : ICollectionFixture<ValkeyFixture>
{
    public const string Name = "valkey";
}
