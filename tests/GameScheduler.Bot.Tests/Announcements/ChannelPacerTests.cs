using GameScheduler.Bot.Announcements;

namespace GameScheduler.Bot.Tests.Announcements;

public sealed class ChannelPacerTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task A_quiet_channel_takes_a_burst_at_once_then_writes_take_turns_one_interval_apart()
    {
        var pacer = new ChannelPacer(_time);

        var turns = Enumerable.Range(0, 6).Select(_ => pacer.WaitTurnAsync("channel", CancellationToken.None)).ToList();

        foreach (var immediate in turns.Take(ChannelPacer.Burst)) Assert.False(await immediate.WaitAsync(Bound));
        for (var turn = ChannelPacer.Burst; turn < turns.Count; turn++)
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
        // Six writes are a burst and then one interval apart each; that must not fit into five seconds.
        Assert.True(ChannelPacer.Interval * (6 - ChannelPacer.Burst) >= TimeSpan.FromSeconds(5), "Six writes could fall into one five-second window.");
    }

    [Fact]
    public async Task Channels_do_not_wait_for_each_other()
    {
        var pacer = new ChannelPacer(_time);

        for (var write = 0; write < ChannelPacer.Burst; write++)
        {
            Assert.False(await pacer.WaitTurnAsync("first", CancellationToken.None).WaitAsync(Bound));
        }
        Assert.False(await pacer.WaitTurnAsync("second", CancellationToken.None).WaitAsync(Bound));
        var next = pacer.WaitTurnAsync("first", CancellationToken.None);
        Assert.False(next.IsCompleted);

        _time.Advance(ChannelPacer.Interval);
        Assert.True(await next.WaitAsync(Bound));
    }

    [Fact]
    public async Task A_channel_quiet_for_a_burst_of_intervals_writes_a_burst_at_once_again()
    {
        var pacer = new ChannelPacer(_time);
        for (var write = 0; write < ChannelPacer.Burst; write++)
        {
            await pacer.WaitTurnAsync("channel", CancellationToken.None).WaitAsync(Bound);
        }

        _time.Advance(ChannelPacer.Interval * ChannelPacer.Burst);

        for (var write = 0; write < ChannelPacer.Burst; write++)
        {
            Assert.False(await pacer.WaitTurnAsync("channel", CancellationToken.None).WaitAsync(Bound));
        }
    }
}
