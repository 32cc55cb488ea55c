using System.Text.Json;
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

    [Fact]
    public void After_game_is_spelled_in_lower_case_both_ways_and_no_number_is_read()
    {
        var options = new JsonSerializerOptions();
        ApiJson.Configure(options);

        Assert.Equal("{\"after_game\":\"archive\"}", JsonSerializer.Serialize(new { AfterGame = AfterGame.Archive }, options));
        Assert.Equal(AfterGame.Delete, JsonSerializer.Deserialize<AfterGame>("\"delete\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AfterGame>("1", options));
        Assert.Equal("\"SELF_SIGNUP\"", JsonSerializer.Serialize(SignupMethod.SelfSignup, options));
    }
}
