using System.Globalization;

namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

/// <summary>Steps many tests share, done through the public surfaces only.</summary>
public static class EmulatorClients
{
    /// <summary>
    /// A fresh DM channel with a new user: every test gets its own rate-limit buckets, since message
    /// writes allow 5 per 5 s per channel.
    /// </summary>
    public static async Task<string> OpenFreshChannelAsync(this EmulatorHost emulator, bool dmsClosed = false)
    {
        using var control = emulator.CreateClient();
        var created = await control.PostAsJsonAsync("/_emulator/users", new { username = "dm_target", guild_ids = Array.Empty<string>(), dms_closed = dmsClosed });
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return await emulator.OpenDirectMessageAsync(userId!);
    }

    public static async Task<string> OpenDirectMessageAsync(this EmulatorHost emulator, string userId)
    {
        using var bot = emulator.CreateBotClient();
        var response = await bot.PostAsJsonAsync("users/@me/channels", new { recipient_id = userId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> PostMessageAsync(this HttpClient bot, string channelId, object message)
    {
        var response = await bot.PostAsJsonAsync($"channels/{channelId}/messages", message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates a text channel through the control API and returns its id.</summary>
    public static async Task<string> CreateChannelAsync(this HttpClient control, string guildId, string name, params object[] overwrites)
    {
        var response = await control.PostAsJsonAsync($"/_emulator/guilds/{guildId}/channels", new { name, type = 0, permission_overwrites = overwrites });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>An entry of <c>permission_overwrites</c>: type 0 for a role (the guild id for @everyone), 1 for a member.</summary>
    public static object Overwrite(string id, int type, ulong allow = 0, ulong deny = 0) =>
        new { id, type, allow = allow.ToString(CultureInfo.InvariantCulture), deny = deny.ToString(CultureInfo.InvariantCulture) };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>An announcement-like message: an embed and a row with Join and Leave buttons.</summary>
    public static object GameAnnouncement(string customIdSuffix) => new
    {
        content = "Game night!",
        embeds = new[] { new { title = "Board games", description = "Friday 20:00", fields = new[] { new { name = "Players", value = "0/4", inline = true } } } },
        components = new[]
        {
            new
            {
                type = 1,
                components = new[]
                {
                    new { type = 2, style = 1, label = "Join", custom_id = $"join_game:{customIdSuffix}" },
                    new { type = 2, style = 4, label = "Leave", custom_id = $"leave_game:{customIdSuffix}" },
                },
            },
        },
    };
}
