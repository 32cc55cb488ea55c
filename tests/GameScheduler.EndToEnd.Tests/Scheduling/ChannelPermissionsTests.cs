using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Discord's channel overwrites decide which channels a member is shown and may announce a game in: a private channel
/// exists only for those who can view it, and a channel the bot cannot post in is refused.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ChannelPermissionsTests(GraphFixture graph) : IAsyncLifetime
{
    private const string ViewChannel = "1024";
    private const string SendMessages = "2048";
    private const string ViewAndSend = "3072";

    /// <summary>A bot resync (identify, READY, GUILD_CREATE, database write) takes a few seconds on a loaded machine.</summary>
    private static readonly TimeSpan Resync = TimeSpan.FromSeconds(30);

    private readonly EmulatorControl _emulator = EmulatorControl.For(graph);
    private readonly List<string> _channelIds = [];
    private ApiSession _anna = null!;
    private ApiSession _gina = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        _gina = await graph.LogInAsync(Seed.GinaGameMaster);
    }

    public async Task DisposeAsync()
    {
        foreach (var channelId in _channelIds) await _emulator.DeleteChannelAsync(channelId);
        _anna.Dispose();
        _gina.Dispose();
    }

    [Fact]
    public async Task A_private_channel_is_listed_and_usable_only_for_members_who_can_view_it()
    {
        var staff = await CreateChannelAsync("gm-lounge",
            new { id = Seed.GuildA, type = 0, allow = "0", deny = ViewChannel },
            new { id = Seed.GameMasterRole, type = 0, allow = ViewChannel, deny = "0" },
            new { id = Seed.Bot, type = 1, allow = ViewAndSend, deny = "0" });
        await ResyncUntilListedAsync(_gina, "gm-lounge");

        Assert.DoesNotContain("gm-lounge", await ChannelNamesAsync(_anna));
        using var refused = await CreateGameAsync(_anna, staff);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var created = await CreateGameAsync(_gina, staff);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(staff, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel_id").GetString());
    }

    [Fact]
    public async Task A_channel_where_the_bot_cannot_send_messages_is_refused_with_a_reason()
    {
        var muted = await CreateChannelAsync("bot-muted", new { id = Seed.Bot, type = 1, allow = "0", deny = SendMessages });
        await ResyncUntilListedAsync(_anna, "bot-muted");

        using var refused = await CreateGameAsync(_anna, muted);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("bot", detail, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> CreateChannelAsync(string name, params object[] overwrites)
    {
        var channelId = await _emulator.CreateChannelAsync(Seed.GuildA, name, overwrites);
        _channelIds.Add(channelId);
        return channelId;
    }

    /// <summary>Makes the bot receive the guild anew and waits until the caller is shown the channel.</summary>
    private async Task ResyncUntilListedAsync(ApiSession caller, string channelName)
    {
        await _emulator.InvalidateSessionsAsync();
        await Eventually.HoldsAsync(async () => (await ChannelNamesAsync(caller)).Contains(channelName), Resync,
            $"channel {channelName} listed for {caller.UserId}");
    }

    private static async Task<string[]> ChannelNamesAsync(ApiSession caller) =>
        [.. (await caller.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/channels")).EnumerateArray().Select(channel => channel.GetProperty("name").GetString()!)];

    private static Task<HttpResponseMessage> CreateGameAsync(ApiSession caller, string channelId) =>
        caller.Client.PostAsJsonAsync("/api/v1/games", new
        {
            guild_id = Seed.GuildA,
            channel_id = channelId,
            title = "Session",
            scheduled_at = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            max_players = 4,
        }).WaitAsync(ApiSession.RequestTimeout);
}
