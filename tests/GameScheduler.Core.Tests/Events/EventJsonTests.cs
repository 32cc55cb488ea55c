using System.Text;
using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Events;

public sealed class EventJsonTests
{
    private static readonly Guid EventId = Guid.Parse("0190f3c4-0000-7000-8000-000000000001");
    private static readonly Guid GameId = Guid.Parse("0190f3c4-0000-7000-8000-000000000002");

    [Fact]
    public void A_game_event_has_exactly_the_envelope_keys_in_snake_case()
    {
        var envelope = new EventEnvelope<GameUpdated>(
            EventId,
            GameUpdated.EventType,
            new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero),
            new GameUpdated(GameId, "123456789012345678")
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
        Assert.Equal(["game_id", "guild_id", "participant_changes", "roster_only"], data.EnumerateObject().Select(property => property.Name));
        Assert.Equal(GameId.ToString(), data.GetProperty("game_id").GetString());
        Assert.Equal("123456789012345678", data.GetProperty("guild_id").GetString());
        var change = data.GetProperty("participant_changes")[0];
        Assert.Equal("42", change.GetProperty("user_id").GetString());
        Assert.Equal("promoted", change.GetProperty("change").GetString());
    }

    [Fact]
    public void An_outbox_row_carries_the_wire_type_the_routing_key_and_the_exact_payload()
    {
        var now = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

        var row = OutboxWriter.NewEvent(new GameCancelled(GameId, "55"), now);

        Assert.Equal("game.cancelled", row.Type);
        Assert.Equal("game.cancelled.55", row.RoutingKey);
        Assert.Equal(
            $$$"""{"id":"{{{row.Id}}}","type":"game.cancelled","occurred_at":"2030-01-01T12:00:00+00:00","data":{"game_id":"{{{GameId}}}","guild_id":"55","participant_changes":[],"roster_only":false}}""",
            row.Payload);
    }

    [Fact]
    public void Every_event_type_has_its_wire_name_and_routing_key()
    {
        var now = DateTimeOffset.UnixEpoch;

        Assert.Equal(
            ["game.created.55", "game.updated.55", "game.cancelled.55", "guild.member_removed.55"],
            new[]
            {
                OutboxWriter.NewEvent(new GameCreated(GameId, "55"), now),
                OutboxWriter.NewEvent(new GameUpdated(GameId, "55"), now),
                OutboxWriter.NewEvent(new GameCancelled(GameId, "55"), now),
                OutboxWriter.NewEvent(new GuildMemberRemoved("55", "8"), now),
            }.Select(row => row.RoutingKey));
        Assert.Equal(
            ["game.created", "game.updated", "game.cancelled", "guild.member_removed"],
            [GameCreated.EventType, GameUpdated.EventType, GameCancelled.EventType, GuildMemberRemoved.EventType]);
        Assert.Equal("game_scheduler", EventRouting.Exchange);
    }

    [Fact]
    public void Reads_an_envelope_published_by_another_service_without_participant_changes_as_a_change_of_more_than_the_roster()
    {
        var body = """{"id":"0190f3c4-0000-7000-8000-000000000001","type":"game.created","occurred_at":"2030-01-01T12:00:00Z","data":{"game_id":"0190f3c4-0000-7000-8000-000000000002","guild_id":"1"}}"""u8;

        var envelope = EventJson.Deserialize<GameCreated>(body);

        Assert.Equal(EventId, envelope.Id);
        Assert.Equal(GameCreated.EventType, envelope.Type);
        Assert.Equal(GameId, envelope.Data.GameId);
        Assert.Equal("1", envelope.Data.GuildId);
        Assert.Empty(envelope.Data.ParticipantChanges);
        Assert.False(envelope.Data.RosterOnly);
    }

    [Fact]
    public void Data_lacking_a_field_of_its_type_is_not_read()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"id":"0190f3c4-0000-7000-8000-000000000001","type":"guild.member_removed","occurred_at":"2030-01-01T12:00:00Z","data":{"guild_id":"1"}}""");

        Assert.Throws<JsonException>(() => EventJson.Deserialize<GuildMemberRemoved>(body));
    }

    [Fact]
    public void A_member_removal_carries_guild_and_user()
    {
        var envelope = new EventEnvelope<GuildMemberRemoved>(EventId, GuildMemberRemoved.EventType, DateTimeOffset.UnixEpoch, new("7", "8"));

        using var json = JsonDocument.Parse(EventJson.Serialize(envelope));

        Assert.Equal("""{"guild_id":"7","user_id":"8"}""", json.RootElement.GetProperty("data").GetRawText());
    }
}
