namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>One broker and one database server for every test; the tests run one after another, since some restart the broker.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqFixture>, ICollectionFixture<PostgresFixture>
{
    public const string Name = "broker";
}
