using System.Net;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>Channels, roles and the bot's own membership changed on Discord reach the dashboard while the bot runs.</summary>
[Collection(GraphCollection.Name)]
public sealed class ServerChangeTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan Applied = TimeSpan.FromSeconds(5);

    public Task InitializeAsync() => SeedGuilds.EnsureAsync(graph);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_channel_created_on_discord_is_listed_and_takes_a_game_within_seconds()
    {
        var emulator = EmulatorControl.For(graph);
        using var alice = await graph.LogInAsync(Seed.AliceOwner);

        var channelId = await emulator.CreateChannelAsync(Seed.GuildA, NewName("lfg"));

        await WaitForChannelAsync(alice, channelId, listed: true);
        var game = await alice.CreateGameAsync(Seed.GuildA, channelId, "In a brand-new channel");
        Assert.Equal(channelId, game.GetProperty("channel_id").GetString());
        Assert.False(game.GetProperty("channel_deleted").GetBoolean());
    }

    [Fact]
    public async Task A_game_whose_channel_is_deleted_shows_it_and_the_channel_is_no_longer_listed()
    {
        var emulator = EmulatorControl.For(graph);
        using var alice = await graph.LogInAsync(Seed.AliceOwner);
        var channelId = await emulator.CreateChannelAsync(Seed.GuildA, NewName("doomed"));
        await WaitForChannelAsync(alice, channelId, listed: true);
        var gameId = (await alice.CreateGameAsync(Seed.GuildA, channelId, "Doomed channel")).GetProperty("id").GetString();
        await emulator.WaitForAnnouncementAsync(channelId, gameId!, Applied);

        await emulator.DeleteChannelAsync(channelId);

        await Eventually.ReadsAsync(() => alice.GetJsonAsync($"/api/v1/games/{gameId}"), game => game.GetProperty("channel_deleted").GetBoolean(),
            Applied, "the game shows that its channel was deleted");
        await WaitForChannelAsync(alice, channelId, listed: false);
    }

    [Fact]
    public async Task A_role_created_on_discord_is_listed_within_seconds()
    {
        var emulator = EmulatorControl.For(graph);
        using var alice = await graph.LogInAsync(Seed.AliceOwner);

        var roleId = await emulator.CreateRoleAsync(Seed.GuildA, NewName("raiders"));

        await Eventually.ReadsAsync(() => alice.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/roles"), roles => Ids(roles).Contains(roleId),
            Applied, $"role {roleId} among the guild's roles");
    }

    [Fact]
    public async Task A_guild_the_bot_is_removed_from_leaves_the_dashboard_with_its_games_and_templates()
    {
        var emulator = EmulatorControl.For(graph);
        using var bob = await graph.LogInAsync(Seed.BobOwner);
        var gameId = (await bob.CreateGameAsync(Seed.GuildB, Seed.GuildBGeneral, "Before the bot left")).GetProperty("id").GetString();
        var templateId = (await bob.GetJsonAsync($"/api/v1/guilds/{Seed.GuildB}/templates"))[0].GetProperty("id").GetString();

        await emulator.RemoveBotAsync(Seed.GuildB);
        try
        {
            await Eventually.ReadsAsync(() => bob.GetJsonAsync("/api/v1/guilds"), guilds => !Ids(guilds).Contains(Seed.GuildB),
                Applied, "guild B gone from the dashboard");
            Assert.Equal(HttpStatusCode.NotFound, await bob.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildB}"));
            Assert.Equal(HttpStatusCode.NotFound, await bob.StatusAsync(HttpMethod.Get, $"/api/v1/games/{gameId}"));
            Assert.Equal(HttpStatusCode.NotFound, await bob.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildB}/templates"));
            Assert.Equal(HttpStatusCode.NotFound, await bob.StatusAsync(HttpMethod.Get, $"/api/v1/templates/{templateId}"));
        }
        finally
        {
            // Other classes of the collection use guild B: the bot gets it back from the reset's fresh GUILD_CREATE.
            await emulator.ResetAsync();
            await SeedGuilds.EnsureAsync(graph);
        }

        Assert.Equal(HttpStatusCode.OK, await bob.StatusAsync(HttpMethod.Get, $"/api/v1/games/{gameId}"));
    }

    internal static Task WaitForChannelAsync(ApiSession session, string channelId, bool listed) =>
        Eventually.ReadsAsync(() => session.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/channels"),
            channels => Ids(channels).Contains(channelId) == listed, Applied, $"channel {channelId} {(listed ? "" : "no longer ")}listed");

    private static HashSet<string?> Ids(JsonElement array) => [.. array.EnumerateArray().Select(entry => entry.GetProperty("id").GetString())];

    internal static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
