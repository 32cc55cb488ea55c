using GameScheduler.Core.Inbox;

namespace GameScheduler.Core.Tests.Database;

public sealed class ProcessedEventLogTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string Consumer = "bot_events";

    [Fact]
    public async Task Marking_an_event_twice_reports_it_as_already_processed()
    {
        var eventId = Guid.NewGuid();

        Assert.True(await Service<ProcessedEventLog>().MarkProcessedAsync(Consumer, eventId, Timeout));
        Assert.False(await Service<ProcessedEventLog>().MarkProcessedAsync(Consumer, eventId, Timeout));
        Assert.True(await Service<ProcessedEventLog>().IsProcessedAsync(Consumer, eventId, Timeout));
        Assert.False(await Service<ProcessedEventLog>().IsProcessedAsync("another_consumer", eventId, Timeout));
    }

    [Fact]
    public async Task Purging_forgets_events_handled_before_the_cutoff_and_keeps_later_ones()
    {
        var early = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var eventId in early) await Service<ProcessedEventLog>().MarkProcessedAsync(Consumer, eventId, Timeout);
        var cutoff = Time.GetUtcNow().AddDays(1);
        Time.Advance(TimeSpan.FromDays(2));
        var later = Guid.NewGuid();
        await Service<ProcessedEventLog>().MarkProcessedAsync(Consumer, later, Timeout);

        var purged = await Service<ProcessedEventLog>().PurgeAsync(cutoff, batchSize: 2, Timeout);

        Assert.Equal(3, purged);
        foreach (var eventId in early) Assert.False(await Service<ProcessedEventLog>().IsProcessedAsync(Consumer, eventId, Timeout));
        Assert.True(await Service<ProcessedEventLog>().IsProcessedAsync(Consumer, later, Timeout));
    }
}
