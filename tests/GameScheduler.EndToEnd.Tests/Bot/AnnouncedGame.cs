using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>A game created through the Api and the bot's announcement of it in the game's channel.</summary>
internal sealed record AnnouncedGame(string Id, string ChannelId, string MessageId)
{
    public static readonly TimeSpan AnnouncementTimeout = TimeSpan.FromSeconds(30);

    public string JoinButton => $"join_game:{Id}";

    public string LeaveButton => $"leave_game:{Id}";

    public static Task<AnnouncedGame> CreateAsync(ApiSession host, EmulatorControl emulator, string title, int maxPlayers = 10) =>
        CreateAsync(host, emulator, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGameNight,
            ["title"] = title,
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            ["max_players"] = maxPlayers,
        });

    /// <param name="game">The body of <c>POST /api/v1/games</c>.</param>
    public static async Task<AnnouncedGame> CreateAsync(ApiSession host, EmulatorControl emulator, IReadOnlyDictionary<string, object> game)
    {
        var created = await host.PostJsonAsync("/api/v1/games", game);
        var id = created.GetProperty("id").GetString()!;
        var channelId = created.GetProperty("channel_id").GetString()!;
        var message = await emulator.WaitForAnnouncementAsync(channelId, id, AnnouncementTimeout);
        return new AnnouncedGame(id, channelId, message.GetProperty("id").GetString()!);
    }

    /// <summary>The announcement as the bot last left it.</summary>
    public async Task<JsonElement> MessageAsync(EmulatorControl emulator) =>
        (await emulator.MessagesAsync(ChannelId)).Single(message => message.GetProperty("id").GetString() == MessageId);

    /// <summary>The value of the embed field whose name starts with <paramref name="namePrefix"/> ("Players", "Waitlist"), or null.</summary>
    public static (string Name, string Value)? Field(JsonElement message, string namePrefix) =>
        message.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray()
            .Select(field => (Name: field.GetProperty("name").GetString()!, Value: field.GetProperty("value").GetString()!))
            .Cast<(string Name, string Value)?>()
            .FirstOrDefault(field => field!.Value.Name.StartsWith(namePrefix, StringComparison.Ordinal));

    public Task<JsonElement> ClickAsync(EmulatorControl emulator, string userId, string customId) =>
        emulator.ClickAsync(userId, ChannelId, MessageId, customId);

    /// <summary>How many times the bot edited the announcement since the emulator's stats were last reset.</summary>
    public async Task<int> EditsAsync(EmulatorControl emulator) =>
        (await emulator.StatsAsync()).GetProperty("message_edits").TryGetProperty(MessageId, out var count) ? count.GetInt32() : 0;

    /// <summary>Waits until the bot has left the announcement unedited for 4 s, so its pending re-renders are done.</summary>
    public async Task WaitUntilNoLongerEditedAsync(EmulatorControl emulator)
    {
        var quietFor = TimeSpan.FromSeconds(4);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var (edits, lastChange) = (await EditsAsync(emulator), DateTime.UtcNow);
        while (DateTime.UtcNow - lastChange < quietFor)
        {
            Assert.True(DateTime.UtcNow < deadline, "The announcement was still being edited after 30 s.");
            await Task.Delay(250);
            var now = await EditsAsync(emulator);
            if (now != edits) (edits, lastChange) = (now, DateTime.UtcNow);
        }
    }
}
