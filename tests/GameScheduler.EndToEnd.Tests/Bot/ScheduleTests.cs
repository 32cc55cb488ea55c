using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>
/// The durable timers in the running graph: a game starting a minute ahead with a one-minute reminder, so the reminder
/// is due seconds after creation and the start a minute later. The due-time logic itself is tested on a fake clock in
/// GameScheduler.Bot.Tests.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ScheduleTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private static readonly TimeSpan StartsIn = TimeSpan.FromSeconds(65);

    [Fact]
    public async Task A_reminder_DM_arrives_within_the_reminder_window_and_the_game_moves_to_in_progress_at_its_start()
    {
        var title = $"Reminded {Guid.NewGuid():N}"[..22];
        var startsAt = DateTimeOffset.UtcNow + StartsIn;
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGameNight,
            ["title"] = title,
            ["scheduled_at"] = startsAt.ToString("O"),
            ["max_players"] = 4,
            ["reminder_minutes"] = new[] { 1 },
        });
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        await anna.PostJsonAsync($"/api/v1/games/{game.Id}/join");

        var dms = await Eventually.ReadsAsync(() => Emulator.DirectMessagesAsync(Seed.AnnaGuildAOnly),
            dms => dms.Any(dm => IsReminderOf(dm, title)), StartsIn - TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(15),
            "anna's reminder DM");
        Assert.True(DateTimeOffset.UtcNow < startsAt, "The reminder came only after the start.");
        Assert.Single(dms, dm => IsReminderOf(dm, title));

        await Eventually.ReadsAsync(() => Host.GetJsonAsync($"/api/v1/games/{game.Id}"),
            stored => stored.GetProperty("status").GetString() == "IN_PROGRESS",
            startsAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15), "the game in progress after its start");
        var message = await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => AnnouncedGame.Field(message, "Status")?.Value == "In progress",
            TimeSpan.FromSeconds(10), "the announcement shows the game in progress");
        Assert.All(message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray()),
            button => Assert.True(button.GetProperty("disabled").GetBoolean()));
    }

    private static bool IsReminderOf(System.Text.Json.JsonElement dm, string title) =>
        JoinButtonTests.Content(dm) is var content
        && content.StartsWith("Reminder", StringComparison.Ordinal) && content.Contains(title, StringComparison.Ordinal);
}
