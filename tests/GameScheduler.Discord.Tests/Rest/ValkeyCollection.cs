namespace GameScheduler.Discord.Tests.Rest;

[CollectionDefinition(Name)]
public sealed class ValkeyCollection : ICollectionFixture<ValkeyFixture>
{
    public const string Name = "valkey";
}
