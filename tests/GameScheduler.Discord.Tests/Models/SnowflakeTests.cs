using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Models;

public sealed class SnowflakeTests
{
    [Fact]
    public void Reads_the_creation_time_of_the_id_in_Discords_documentation()
    {
        // The example from Discord's "Snowflakes" reference: 175928847299117063 was created 2016-04-30 11:18:25.796 UTC.
        Assert.Equal(DateTimeOffset.Parse("2016-04-30T11:18:25.796Z"), Snowflake.CreatedAt("175928847299117063"));
    }

    [Fact]
    public void An_id_made_for_a_time_reads_back_as_that_time()
    {
        var time = DateTimeOffset.Parse("2026-11-28T12:47:03.081Z");

        Assert.Equal(time, Snowflake.CreatedAt(Snowflake.At(time)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("-5")]
    public void Something_that_is_not_a_snowflake_has_no_creation_time(string id) => Assert.Null(Snowflake.CreatedAt(id));
}
