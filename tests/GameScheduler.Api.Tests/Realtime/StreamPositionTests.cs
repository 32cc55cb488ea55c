using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class StreamPositionTests
{
    [Theory]
    [InlineData("1700000000000-0", 1700000000000, 0)]
    [InlineData("1700000000000-12", 1700000000000, 12)]
    public void Stream_entry_ids_parse_and_print_back(string text, long milliseconds, long sequence)
    {
        Assert.True(StreamPosition.TryParse(text, out var position));
        Assert.Equal(new StreamPosition(milliseconds, sequence), position);
        Assert.Equal(text, position.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("6f1c2a3e-52b7-4f0e-9d51-0d3f7f5c9a10")]
    [InlineData("-1")]
    [InlineData("17-")]
    [InlineData("+17-1")]
    [InlineData("253402300800000-0")]
    [InlineData("9223372036854775807-0")]
    public void Event_ids_and_junk_are_not_positions(string? text) => Assert.False(StreamPosition.TryParse(text, out _));

    [Fact]
    public void Positions_order_by_time_then_sequence()
    {
        Assert.True(new StreamPosition(2, 0).CompareTo(new StreamPosition(1, 9)) > 0);
        Assert.True(new StreamPosition(1, 1).CompareTo(new StreamPosition(1, 2)) < 0);
    }
}
