using System.Text.Json;
using GameScheduler.Api.Games;
using GameScheduler.Core.Games;

namespace GameScheduler.Api.Tests.Games;

/// <summary>A game's body as the REST contract spells it, where leaving a field out and giving null differ.</summary>
public sealed class GameRequestJsonTests
{
    private static readonly JsonSerializerOptions Wire = WireJson.Options;

    [Fact]
    public void A_recurrence_given_as_null_stops_the_series_and_one_left_out_keeps_it()
    {
        var stop = Read("""{"recurrence":null}""").ToEdit();
        var keep = Read("""{"title":"Raid night"}""").ToEdit();

        Assert.Equal((true, null), (stop.ChangesRecurrence, stop.Recurrence));
        Assert.False(keep.ChangesRecurrence);
    }

    [Fact]
    public void A_recurrence_in_the_contracts_shape_is_read_with_its_scope()
    {
        var edit = Read("""
            {"recurrence":{"frequency":"monthly","interval":2,"by_weekday_of_month":-1,"until":null,"count":6},"apply_to":"this_game"}
            """).ToEdit();

        Assert.Equal(new Recurrence(RecurrenceFrequency.Monthly, 2, -1, null, 6), edit.Recurrence);
        Assert.Equal(SeriesEditScope.ThisGame, edit.ApplyTo);
        Assert.Equal(SeriesEditScope.ThisAndLater, Read("{}").ToEdit().ApplyTo);
    }

    [Theory]
    [InlineData("""{"recurrence":{"frequency":"daily"}}""")]
    [InlineData("""{"recurrence":{"frequency":1}}""")]
    [InlineData("""{"apply_to":"everything"}""")]
    public void An_unknown_frequency_or_scope_is_not_read(string body) =>
        Assert.Throws<JsonException>(() => Read(body));

    private static GameRequest Read(string json) => JsonSerializer.Deserialize<GameRequest>(json, Wire)!;
}
