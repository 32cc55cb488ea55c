using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Posting later on the real graph: a game with a post time ahead is not announced at creation but by its announce timer
/// once that time has come, and a post time at or after the start is refused. A host and a channel of its own keep this
/// class out of the other tests' way.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class PostAtTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan DiscordTimeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset DiscordEpoch = DateTimeOffset.FromUnixTimeMilliseconds(1420070400000);

    private HostInOwnChannel _own = null!;

    public async Task InitializeAsync() => _own = await HostInOwnChannel.CreateAsync(graph, "post-at");

    public async Task DisposeAsync() => await _own.DisposeAsync();

    [Fact]
    public async Task A_game_with_a_post_time_ahead_is_announced_by_its_timer_not_at_creation()
    {
        var postAt = DateTimeOffset.UtcNow.AddSeconds(6);

        var created = await _own.Host.PostJsonAsync("/api/v1/games", GameBody($"Posted later {_own.Suffix}", postAt));
        var gameId = created.GetProperty("id").GetString()!;

        Assert.True(created.GetProperty("awaits_announcement").GetBoolean());
        Assert.Equal(postAt.ToUnixTimeMilliseconds(), created.GetProperty("post_at").GetDateTimeOffset().ToUnixTimeMilliseconds());
        var announcement = await _own.Emulator.WaitForAnnouncementAsync(_own.ChannelId, gameId, DiscordTimeout);
        Assert.True(PostedAt(announcement) >= postAt.AddMilliseconds(-1), $"announced at {PostedAt(announcement):O}, post time {postAt:O}");
        var announced = await Eventually.ReadsAsync(
            () => _own.Host.GetJsonAsync($"/api/v1/games/{gameId}"),
            game => game.GetProperty("discord_message_id").ValueKind == JsonValueKind.String, DiscordTimeout, $"game {gameId} records its announcement");
        Assert.False(announced.GetProperty("awaits_announcement").GetBoolean());
    }

    [Fact]
    public async Task A_post_time_at_or_after_the_start_gets_a_400_naming_post_at_and_writes_nothing()
    {
        var before = await GamesOfHostAsync();
        var body = GameBody($"Never posted {_own.Suffix}", DateTimeOffset.UtcNow.AddDays(3));

        using var response = await _own.Host.Client.PostAsJsonAsync("/api/v1/games", body).WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>().WaitAsync(ApiSession.RequestTimeout);
        Assert.True(problem.GetProperty("errors").TryGetProperty("post_at", out _), problem.ToString());
        Assert.Equal(before, await GamesOfHostAsync());
    }

    private Dictionary<string, object> GameBody(string title, DateTimeOffset postAt) => new()
    {
        ["guild_id"] = Seed.GuildA,
        ["channel_id"] = _own.ChannelId,
        ["title"] = title,
        ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        ["post_at"] = postAt.ToString("O"),
        ["max_players"] = 5,
    };

    /// <summary>When the emulator created the message: Discord ids carry their creation time in milliseconds.</summary>
    private static DateTimeOffset PostedAt(JsonElement message) =>
        DiscordEpoch.AddMilliseconds(ulong.Parse(message.GetProperty("id").GetString()!, CultureInfo.InvariantCulture) >> 22);

    private async Task<int> GamesOfHostAsync() =>
        (await _own.Host.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&role=host")).GetProperty("total").GetInt32();
}
