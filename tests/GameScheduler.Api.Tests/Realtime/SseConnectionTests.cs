using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class SseConnectionTests
{
    private static SseFrame Frame(int n) => SseFrame.For(new GameUpdate($"event-{n}", "game_updated", "game", "A"));

    [Fact]
    public void A_client_that_lets_its_buffer_fill_is_cut_off_instead_of_queueing_more()
    {
        var connection = new SseConnection("anna", ["A"], bufferSize: 3);

        Assert.All(Enumerable.Range(0, 3), n => Assert.True(connection.Offer(Frame(n))));
        Assert.False(connection.CutOff.IsCancellationRequested);

        Assert.False(connection.Offer(Frame(3)));
        Assert.True(connection.CutOff.IsCancellationRequested);
        Assert.False(connection.Offer(Frame(4)));

        var queued = new List<string?>();
        while (connection.Frames.TryRead(out var frame))
        {
            queued.Add(frame.EventId);
        }

        Assert.Equal(["event-0", "event-1", "event-2"], queued);
        Assert.True(connection.Frames.Completion.IsCompleted);
    }
}
