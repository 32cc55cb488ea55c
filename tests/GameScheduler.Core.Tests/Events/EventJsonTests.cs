using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Events;

public sealed class EventJsonTests
{
    private static readonly Guid EventId = Guid.Parse("0190f3c4-0000-7000-8000-000000000001");
    private static readonly Guid GameId = Guid.Parse("0190f3c4-0000-7000-8000-000000000002");

    [Fact]
    public void A_game_event_has_exactly_the_envelope_keys_in_snake_case()
    {
        var envelope = new EventEnvelope<GameEventData>(
            EventId,
            EventTypes.GameUpdated,
            new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero),
            new GameEventData(GameId, "123456789012345678")
            {
                ParticipantChanges = [new ParticipantChange("42", ParticipantChangeKind.Promoted)],
            });

        using var json = JsonDocument.Parse(EventJson.Serialize(envelope));
        var root = json.RootElement;

        Assert.Equal(["id", "type", "occurred_at", "data"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(EventId.ToString(), root.GetProperty("id").GetString());
        Assert.Equal("game.updated", root.GetProperty("type").GetString());
        Assert.Equal("2030-01-01T12:00:00+00:00", root.GetProperty("occurred_at").GetString());

        var data = root.GetProperty("data");
        Assert.Equal(["game_id", "guild_id", "participant_changes"], data.EnumerateObject().Select(property => property.Name));
        Assert.Equal(GameId.ToString(), data.GetProperty("game_id").GetString());
        Assert.Equal("123456789012345678", data.GetProperty("guild_id").GetString());
        var change = data.GetProperty("participant_changes")[0];
        Assert.Equal("42", change.GetProperty("user_id").GetString());
        Assert.Equal("promoted", change.GetProperty("change").GetString());
    }

    [Fact]
    public void Reads_an_envelope_published_by_another_service_without_participant_changes()
    {
        var body = """{"id":"0190f3c4-0000-7000-8000-000000000001","type":"game.created","occurred_at":"2030-01-01T12:00:00Z","data":{"game_id":"0190f3c4-0000-7000-8000-000000000002","guild_id":"1"}}"""u8;

        var envelope = EventJson.Deserialize<GameEventData>(body);

        Assert.Equal(EventId, envelope.Id);
        Assert.Equal(EventTypes.GameCreated, envelope.Type);
        Assert.Equal(GameId, envelope.Data.GameId);
        Assert.Equal("1", envelope.Data.GuildId);
        Assert.Empty(envelope.Data.ParticipantChanges);
    }

    [Fact]
    public void A_member_removal_carries_guild_and_user()
    {
        var envelope = new EventEnvelope<MemberRemovedEventData>(EventId, EventTypes.GuildMemberRemoved, DateTimeOffset.UnixEpoch, new("7", "8"));

        using var json = JsonDocument.Parse(EventJson.Serialize(envelope));

        Assert.Equal("""{"guild_id":"7","user_id":"8"}""", json.RootElement.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData(EventTypes.GameCreated, "game.created.55")]
    [InlineData(EventTypes.GameUpdated, "game.updated.55")]
    [InlineData(EventTypes.GameCancelled, "game.cancelled.55")]
    [InlineData(EventTypes.GuildMemberRemoved, "guild.member_removed.55")]
    public void Routing_keys_are_the_type_followed_by_the_guild(string eventType, string routingKey)
    {
        Assert.Equal(routingKey, EventRouting.RoutingKey(eventType, "55"));
        Assert.Equal("game_scheduler", EventRouting.Exchange);
    }
}
