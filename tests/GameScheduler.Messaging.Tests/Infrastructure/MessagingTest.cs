using GameScheduler.Core;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>
/// A test against the shared broker and a fresh database of its own. Hosts started here are service instances as the
/// Api or the Bot would run them (own broker connection, own DI container). The whole test is bounded by
/// <see cref="Timeout"/>, each wait for something to happen by <see cref="WaitTimeout"/>.
/// </summary>
[Collection(BrokerCollection.Name)]
public abstract class MessagingTest(RabbitMqFixture broker, PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    // Long enough for a broker restart and the clients' recovery on a loaded machine.
    protected static readonly TimeSpan WaitTimeout = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));
    private readonly List<IHost> _hosts = [];
    private readonly List<IConnection> _connections = [];
    private string _databaseConnectionString = "";

    protected CancellationToken Timeout => _timeout.Token;

    protected RabbitMqFixture Broker => broker;

    protected TestLog Log { get; } = new(output);

    protected ITestOutputHelper Output => output;

    /// <summary>The test's own broker connection, for probes and for publishing as another service would.</summary>
    protected IConnection Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _databaseConnectionString = await postgres.CreateDatabaseAsync(Timeout);
        Connection = await ConnectAsync("test");
        // The bot's queues are durable: start every test without what earlier tests left in them.
        await using var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout);
        await channel.QueueDeleteAsync(EventQueue.BotEvents.Name, cancellationToken: Timeout);
        await channel.QueueDeleteAsync(EventQueue.BotEvents.DeadLetterQueueName, cancellationToken: Timeout);
    }

    public async Task DisposeAsync()
    {
        if (!broker.IsRunning) await broker.StartAsync();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var host in _hosts)
        {
            await host.StopAsync(stopping.Token);
            host.Dispose();
        }

        foreach (var connection in _connections) await connection.DisposeAsync();
        if (_databaseConnectionString.Length > 0) await postgres.DropDatabaseAsync(_databaseConnectionString, CancellationToken.None);
        _timeout.Dispose();
    }

    protected async Task<IConnection> ConnectAsync(string name)
    {
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = name, NetworkRecoveryInterval = EventBrokerHostBuilderExtensions.ReconnectInterval };
        var connection = await factory.CreateConnectionAsync(Timeout);
        _connections.Add(connection);
        return connection;
    }

    /// <summary>Starts a service instance with the database, Core and whatever <paramref name="configure"/> adds.</summary>
    protected async Task<IHost> StartHostAsync(string name, Action<IServiceCollection, IConfiguration> configure,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(new PrefixedLog(Log, name)).SetMinimumLevel(LogLevel.Debug);
        builder.Services
            .AddSingleton(await ConnectAsync(name))
            .AddDbContext<GameSchedulerDbContext>(options => options
                .UseNpgsql(_databaseConnectionString)
                .UseGameSchedulerConventions())
            .AddGameSchedulerCore();
        configure(builder.Services, builder.Configuration);

        var host = builder.Build();
        _hosts.Add(host);
        await host.StartAsync(Timeout);
        return host;
    }

    /// <summary>
    /// Starts a service instance consuming <paramref name="queue"/> with a <see cref="RecordingHandler"/>, subscribed by
    /// <paramref name="subscribe"/> or else to game.updated and guild.member_removed (and to missed events on a
    /// per-instance queue); returns what it handles.
    /// </summary>
    protected async Task<HandledEvents> StartConsumerAsync(EventQueue queue, string instance,
        Action<EventConsumerOptions>? configure = null, Action<EventConsumerBuilder>? subscribe = null)
    {
        var handled = new HandledEvents();
        await StartHostAsync(instance, (services, _) =>
        {
            var consumer = services.AddSingleton(handled).AddEventConsumer(queue, configure);
            (subscribe ?? (builder => SubscribeToAll(builder, queue)))(consumer);
        });
        await Eventually.HoldsAsync(
            () => Log.Entries.Any(entry => entry.Category.StartsWith($"[{instance}]") && entry.Message == $"Consuming {queue.Name}."),
            WaitTimeout, $"{instance} consumes {queue.Name}");
        return handled;
    }

    private static void SubscribeToAll(EventConsumerBuilder consumer, EventQueue queue)
    {
        consumer
            .AddSubscription<GameUpdated, RecordingHandler>()
            .AddSubscription<GuildMemberRemoved, RecordingHandler>();
        if (queue.Kind == EventQueueKind.PerInstance) consumer.AddMissedEventsHandler<RecordingHandler>();
    }

    /// <summary>The consumers that recorded <paramref name="eventId"/> in the processed-events log.</summary>
    protected async Task<List<string>> ProcessedByAsync(Guid eventId)
    {
        await using var db = CreateDbContext();
        return await db.ProcessedEvents.Where(processed => processed.EventId == eventId).Select(processed => processed.Consumer).ToListAsync(Timeout);
    }

    /// <summary>Commits each row in a transaction of its own, as separate requests would.</summary>
    protected async Task CommitAsync(IEnumerable<OutboxMessage> rows)
    {
        await using var db = CreateDbContext();
        foreach (var row in rows)
        {
            db.OutboxMessages.Add(row);
            await db.SaveChangesAsync(Timeout);
        }
    }

    protected async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(row => row.Sequence).ToListAsync(Timeout);
    }

    protected Task AllRowsSentAsync() =>
        Eventually.HoldsAsync(async () => (await OutboxAsync()).All(row => row.SentAt is not null), WaitTimeout, "every outbox row is marked sent");

    /// <summary>Publishes a raw message to the exchange, as any service might, and waits for the broker's confirm.</summary>
    protected async Task PublishAsync(string routingKey, byte[] body, string? messageId = null, string? traceparent = null)
    {
        await using var channel = await Connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), Timeout);
        await MessagingTopology.DeclareExchangeAsync(channel, Timeout);
        var properties = new BasicProperties { Persistent = true, MessageId = messageId, Headers = new Dictionary<string, object?>() };
        if (traceparent is not null) properties.Headers["traceparent"] = traceparent;
        await channel.BasicPublishAsync(Core.Events.EventRouting.Exchange, routingKey, mandatory: false, properties, body, Timeout);
    }

    protected async Task<uint> MessagesInAsync(string queue)
    {
        await using var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout);
        return await channel.MessageCountAsync(queue, Timeout);
    }

    protected GameSchedulerDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<GameSchedulerDbContext>().UseNpgsql(_databaseConnectionString).UseGameSchedulerConventions().Options);

    /// <summary>Names the instance in each log line, so two hosts in one test can be told apart.</summary>
    private sealed class PrefixedLog(TestLog log, string instance) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => log.CreateLogger($"[{instance}] {categoryName}");

        public void Dispose()
        {
        }
    }
}
