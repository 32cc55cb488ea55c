using System.Text.Json;
using GameScheduler.Api.Games;

namespace GameScheduler.Api.Tests.Games;

/// <summary>A game on the wire, exactly as the REST contract spells it.</summary>
public sealed class GameResponseJsonTests
{
    private static readonly JsonSerializerOptions Wire = WireJson.Options;

    [Fact]
    public void A_game_has_exactly_the_contracts_fields_in_snake_case()
    {
        var json = Serialize(SampleGames.InProgress());

        Assert.Equal(
            [
                "allowed_player_role_ids", "awaits_announcement", "can_edit", "can_join", "can_leave", "carry_over_players", "channel_deleted",
                "channel_id", "confirm_by", "confirm_minutes_before", "confirmed_count",
                "created_at", "description", "discord_message_id", "discord_message_url", "duration_minutes", "guild_id", "host",
                "id", "is_participant", "is_waitlisted", "locked_fields", "max_players", "notify_role_ids", "participants",
                "post_at", "recurrence", "reminder_minutes", "scheduled_at", "series_id", "signup_instructions", "signup_method", "status",
                "template_id", "time_zone", "title", "updated_at", "version", "waitlisted_count", "where",
            ],
            json.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(["display_name", "user_id"], json.GetProperty("host").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void Role_lists_sign_up_instructions_and_locked_fields_are_shown_as_set()
    {
        var json = Serialize(SampleGames.InProgress());

        Assert.Equal(["1220000000000000001"], json.GetProperty("allowed_player_role_ids").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(["1220000000000000002"], json.GetProperty("notify_role_ids").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("Install the game first.", json.GetProperty("signup_instructions").GetString());
        Assert.Equal(["channel_id"], json.GetProperty("locked_fields").EnumerateArray().Select(field => field.GetString()));
    }

    [Fact]
    public void Enums_are_upper_snake_strings()
    {
        var json = Serialize(SampleGames.InProgress());

        Assert.Equal("IN_PROGRESS", json.GetProperty("status").GetString());
        Assert.Equal("HOST_SELECTED_WITH_WAITLIST", json.GetProperty("signup_method").GetString());
        Assert.Equal("HOST_ADDED", Confirmed(json)[0].GetProperty("position_type").GetString());
        Assert.Equal("SELF_ADDED", json.GetProperty("participants").GetProperty("waitlisted")[0].GetProperty("position_type").GetString());
    }

    [Fact]
    public void Participants_are_split_and_counted_with_the_viewers_permissions()
    {
        var json = Serialize(SampleGames.InProgress());

        var anna = Confirmed(json)[0];
        Assert.Equal(["awaiting_confirmation", "display_name", "id", "joined_at", "position", "position_type", "user_id"],
            anna.EnumerateObject().Select(p => p.Name).Order());
        Assert.True(anna.GetProperty("awaiting_confirmation").GetBoolean());
        Assert.Equal("1300000000000000003", anna.GetProperty("user_id").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("participants").GetProperty("waitlisted")[0].GetProperty("user_id").ValueKind);
        Assert.Equal(1, json.GetProperty("confirmed_count").GetInt32());
        Assert.Equal(1, json.GetProperty("waitlisted_count").GetInt32());
        Assert.True(json.GetProperty("can_leave").GetBoolean());
        Assert.False(json.GetProperty("can_join").GetBoolean());
        Assert.True(json.GetProperty("is_participant").GetBoolean());
    }

    [Fact]
    public void Times_are_iso_8601_in_utc_and_ids_are_strings()
    {
        var json = Serialize(SampleGames.InProgress());

        Assert.Equal("2026-12-01T19:00:00+00:00", json.GetProperty("scheduled_at").GetString());
        Assert.Equal(SampleGames.Id.ToString(), json.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("guild_id").ValueKind);
        Assert.Equal([60, 15], json.GetProperty("reminder_minutes").EnumerateArray().Select(m => m.GetInt32()));
    }

    [Fact]
    public void The_recurrence_has_the_contracts_shape_with_its_frequency_in_lower_case()
    {
        var recurrence = Serialize(SampleGames.InProgress()).GetProperty("recurrence");

        Assert.Equal(
            """{"frequency":"monthly","interval":1,"by_weekday_of_month":1,"until":null,"count":6}""",
            recurrence.GetRawText());
        Assert.Equal(JsonValueKind.Null, Serialize(SampleGames.InProgress() with { Recurrence = null }).GetProperty("recurrence").ValueKind);
    }

    [Fact]
    public void The_discord_message_url_points_at_the_announcement_or_is_null()
    {
        Assert.Equal("https://discord.com/channels/1200000000000000001/1210000000000000001/1400000000000000001",
            Serialize(SampleGames.InProgress()).GetProperty("discord_message_url").GetString());
        Assert.Equal(JsonValueKind.Null,
            Serialize(SampleGames.InProgress(discordMessageId: null)).GetProperty("discord_message_url").ValueKind);
    }

    private static JsonElement Serialize(Core.Games.GameView game) =>
        JsonSerializer.SerializeToElement(GameResponse.Of(game), Wire);

    private static JsonElement[] Confirmed(JsonElement json) =>
        [.. json.GetProperty("participants").GetProperty("confirmed").EnumerateArray()];
}
