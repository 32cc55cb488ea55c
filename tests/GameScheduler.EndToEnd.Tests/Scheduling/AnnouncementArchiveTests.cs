using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// A template that archives at once, on the real graph: cancelling a game made from it takes its announcement out of
/// the game channel and leaves a summary in the archive channel, while the game page still shows the game. Channels of
/// its own keep it out of the other tests' way.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class AnnouncementArchiveTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan DiscordTimeout = TimeSpan.FromSeconds(30);

    private readonly EmulatorControl _emulator = EmulatorControl.For(graph);
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private ApiSession _manager = null!;
    private string _channelId = "";
    private string _archiveChannelId = "";

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _manager = await graph.LogInAsync(Seed.AliceOwner);
        _channelId = await KnownChannels.CreateAsync(_emulator, _manager, Seed.GuildA, $"tidy-{_suffix}");
        _archiveChannelId = await KnownChannels.CreateAsync(_emulator, _manager, Seed.GuildA, $"archive-{_suffix}");
    }

    public async Task DisposeAsync()
    {
        await _emulator.DeleteChannelAsync(_channelId);
        await _emulator.DeleteChannelAsync(_archiveChannelId);
        _manager.Dispose();
    }

    [Fact]
    public async Task A_cancelled_game_of_an_archiving_template_leaves_its_channel_for_a_summary_in_the_archive_channel()
    {
        using var missingArchive = await _manager.Client.PostAsJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates",
            new { name = $"No archive {_suffix}", after_game = "archive" }).WaitAsync(ApiSession.RequestTimeout);
        var template = await _manager.PostJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates", new
        {
            name = $"Tidy {_suffix}",
            channel_id = _channelId,
            after_game = "archive",
            after_game_delay_minutes = 0,
            archive_channel_id = _archiveChannelId,
        });
        var title = $"Archived night {_suffix}";
        var game = await _manager.PostJsonAsync("/api/v1/games", new
        {
            guild_id = Seed.GuildA,
            template_id = template.GetProperty("id").GetString(),
            title,
            scheduled_at = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        });
        var gameId = game.GetProperty("id").GetString()!;
        await _emulator.WaitForAnnouncementAsync(_channelId, gameId, DiscordTimeout);

        using var cancelled = await _manager.Client.DeleteAsync($"/api/v1/games/{gameId}").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, missingArchive.StatusCode);
        Assert.Contains("archive_channel_id", await missingArchive.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("archive", template.GetProperty("after_game").GetString());
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        var summary = await Eventually.ReadsAsync(
            async () => (await _emulator.MessagesAsync(_archiveChannelId)).SingleOrDefault(),
            message => message.ValueKind == JsonValueKind.Object, DiscordTimeout, "the summary in the archive channel");
        Assert.Contains(title, summary.GetProperty("content").GetString(), StringComparison.Ordinal);
        await Eventually.HoldsAsync(async () => (await _emulator.MessagesAsync(_channelId)).Length == 0, DiscordTimeout,
            "the announcement gone from the game channel");
        var shown = await _manager.GetJsonAsync($"/api/v1/games/{gameId}");
        Assert.Equal(("CANCELLED", JsonValueKind.Null), (shown.GetProperty("status").GetString(), shown.GetProperty("discord_message_id").ValueKind));
        Assert.Single(await _emulator.MessagesAsync(_archiveChannelId));
    }
}
