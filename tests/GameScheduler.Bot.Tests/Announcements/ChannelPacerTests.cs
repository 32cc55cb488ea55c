using GameScheduler.Bot.Announcements;

namespace GameScheduler.Bot.Tests.Announcements;

public sealed class ChannelPacerTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Writes_in_one_channel_take_turns_one_interval_apart()
    {
        var pacer = new ChannelPacer(_time);

        var turns = Enumerable.Range(0, 6).Select(_ => pacer.WaitTurnAsync("channel", CancellationToken.None)).ToList();

        Assert.False(await turns[0].WaitAsync(Bound));
        for (var turn = 1; turn < turns.Count; turn++)
        {
            _time.Advance(ChannelPacer.Interval - TimeSpan.FromTicks(1));
            Assert.False(turns[turn].IsCompleted, $"Turn {turn} came early.");
            _time.Advance(TimeSpan.FromTicks(1));
            Assert.True(await turns[turn].WaitAsync(Bound));
            Assert.All(turns.Skip(turn + 1), later => Assert.False(later.IsCompleted));
        }
    }

    [Fact]
    public void Its_pace_keeps_below_Discords_five_writes_per_five_seconds_per_channel()
    {
        // Five writes spaced by the interval span four intervals; that must not fit into five seconds.
        Assert.True(ChannelPacer.Interval * 4 >= TimeSpan.FromSeconds(5), "Five writes could fall into one five-second window.");
    }

    [Fact]
    public async Task Channels_do_not_wait_for_each_other()
    {
        var pacer = new ChannelPacer(_time);

        Assert.False(await pacer.WaitTurnAsync("first", CancellationToken.None).WaitAsync(Bound));
        Assert.False(await pacer.WaitTurnAsync("second", CancellationToken.None).WaitAsync(Bound));
        var third = pacer.WaitTurnAsync("first", CancellationToken.None);
        Assert.False(third.IsCompleted);

        _time.Advance(ChannelPacer.Interval);
        Assert.True(await third.WaitAsync(Bound));
    }

    [Fact]
    public async Task A_channel_quiet_for_an_interval_writes_at_once()
    {
        var pacer = new ChannelPacer(_time);
        await pacer.WaitTurnAsync("channel", CancellationToken.None).WaitAsync(Bound);

        _time.Advance(ChannelPacer.Interval);

        Assert.False(await pacer.WaitTurnAsync("channel", CancellationToken.None).WaitAsync(Bound));
    }
}
