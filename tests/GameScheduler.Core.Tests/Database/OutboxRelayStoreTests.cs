using GameScheduler.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Core.Tests.Database;

public sealed class OutboxRelayStoreTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task Publishes_unsent_rows_in_order_and_marks_only_confirmed_ones_sent()
    {
        var games = new[] { await CreateGameAsync(), await CreateGameAsync(), await CreateGameAsync() };
        var published = new List<Guid>();

        var sent = await Service<OutboxRelayStore>().PublishBatchAsync(2, (batch, _) =>
        {
            published.AddRange(batch.Select(message => message.Id));
            return Task.FromResult<IReadOnlyCollection<Guid>>([batch[0].Id]);
        }, Timeout);

        var rows = await Db().OutboxMessages.OrderBy(message => message.Sequence).ToListAsync(Timeout);
        Assert.Equal(1, sent);
        Assert.Equal(rows.Take(2).Select(message => message.Id), published);
        Assert.Equal([true, false, false], rows.Select(message => message.SentAt is not null));
        Assert.Equal([1, 1, 0], rows.Select(message => message.Attempts));
        Assert.Equal(games.Select(game => game.Id), rows.Select(message => message.Payload).Select(payload => games.Single(game => payload.Contains(game.Id.ToString())).Id));
    }

    [Fact]
    public async Task A_failed_publish_leaves_the_rows_for_the_next_attempt()
    {
        await CreateGameAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Service<OutboxRelayStore>().PublishBatchAsync(
            10, (_, _) => throw new InvalidOperationException("The broker is down."), Timeout));

        Assert.Equal(1, await Service<OutboxRelayStore>().CountUnsentAsync(Timeout));
    }

    [Fact]
    public async Task Two_relays_never_take_the_same_row()
    {
        await CreateGameAsync();
        var firstHasRows = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var secondBatchSizes = new List<int>();

        var first = Service<OutboxRelayStore>().PublishBatchAsync(10, async (batch, _) =>
        {
            firstHasRows.SetResult();
            await releaseFirst.Task.WaitAsync(Timeout);
            return [.. batch.Select(message => message.Id)];
        }, Timeout);
        await firstHasRows.Task.WaitAsync(Timeout);
        var second = await Service<OutboxRelayStore>().PublishBatchAsync(10, (batch, _) =>
        {
            secondBatchSizes.Add(batch.Count);
            return Task.FromResult<IReadOnlyCollection<Guid>>([]);
        }, Timeout);
        releaseFirst.SetResult();

        Assert.Equal(1, await first);
        Assert.Equal(0, second);
        Assert.Empty(secondBatchSizes);
    }

    [Fact]
    public async Task Purging_deletes_rows_sent_before_the_cutoff_and_keeps_later_and_unsent_ones()
    {
        var first = await CreateGameAsync();
        var second = await CreateGameAsync();
        var neverSent = await CreateGameAsync();
        await PublishAllButAsync(neverSent.Id);
        var sentAtFirst = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromDays(2));
        var sentLater = await CreateGameAsync();
        await PublishAllButAsync(neverSent.Id);

        var purged = await Service<OutboxRelayStore>().PurgeSentAsync(sentAtFirst.AddDays(1), batchSize: 1, Timeout);

        Assert.Equal(2, purged);
        Assert.Empty(await EventsOfGameAsync(first.Id));
        Assert.Empty(await EventsOfGameAsync(second.Id));
        Assert.Null(Assert.Single(await EventsOfGameAsync(neverSent.Id)).SentAt);
        Assert.Equal(Time.GetUtcNow(), Assert.Single(await EventsOfGameAsync(sentLater.Id)).SentAt);
    }

    /// <summary>Publishes every unsent row, the broker confirming all but the event of <paramref name="gameId"/>.</summary>
    private Task PublishAllButAsync(Guid gameId) =>
        Service<OutboxRelayStore>().PublishBatchAsync(100, (batch, _) => Task.FromResult<IReadOnlyCollection<Guid>>(
            [.. batch.Where(message => !message.Payload.Contains(gameId.ToString())).Select(message => message.Id)]), Timeout);

    [Fact]
    public async Task Committing_events_notifies_a_listening_relay()
    {
        await using var listener = new NpgsqlConnection(ConnectionString);
        await listener.OpenAsync(Timeout);
        var notified = new TaskCompletionSource<string>();
        listener.Notification += (_, notification) => notified.TrySetResult(notification.Channel);
        await using (var listen = new NpgsqlCommand($"LISTEN {OutboxRelayStore.NotificationChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync(Timeout);
        }

        await CreateGameAsync();
        await listener.WaitAsync(Timeout);

        Assert.Equal(OutboxRelayStore.NotificationChannel, await notified.Task.WaitAsync(Timeout));
    }
}
