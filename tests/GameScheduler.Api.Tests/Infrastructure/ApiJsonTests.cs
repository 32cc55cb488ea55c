using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Tests.Infrastructure;

public sealed class ApiJsonTests
{
    [Theory]
    [InlineData("SCHEDULED", GameStatus.Scheduled)]
    [InlineData("IN_PROGRESS", GameStatus.InProgress)]
    [InlineData("CANCELLED", GameStatus.Cancelled)]
    public void An_enum_reads_in_its_wire_spelling(string value, GameStatus expected)
    {
        Assert.True(ApiJson.TryParseEnum<GameStatus>(value, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("InProgress")]
    [InlineData("INPROGRESS")]
    [InlineData("1")]
    [InlineData("")]
    public void Other_spellings_and_numbers_are_refused(string value) =>
        Assert.False(ApiJson.TryParseEnum<GameStatus>(value, out _));
}
