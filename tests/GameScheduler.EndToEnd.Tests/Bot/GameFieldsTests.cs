using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>Notify roles and sign-up instructions from the Api to Discord, template locks, and /list-games by channel.</summary>
[Collection(GraphCollection.Name)]
public sealed class GameFieldsTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    [Fact]
    public async Task A_game_with_notify_roles_is_announced_mentioning_exactly_those_and_carries_its_instructions()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGameNight,
            ["title"] = "Pinged night",
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            ["notify_role_ids"] = new[] { Seed.GameMasterRole },
            ["signup_instructions"] = "Install the mod pack first.",
        });

        var announcement = await game.MessageAsync(Emulator);
        Assert.Equal($"<@&{Seed.GameMasterRole}>", announcement.GetProperty("content").GetString());
        Assert.Empty(announcement.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal([Seed.GameMasterRole], Strings(announcement.GetProperty("allowed_mentions").GetProperty("roles")));
        Assert.Equal([Seed.GameMasterRole], Strings(announcement.GetProperty("mention_roles")));

        var json = await Host.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.Equal("Install the mod pack first.", json.GetProperty("signup_instructions").GetString());
        Assert.Equal([Seed.GameMasterRole], Strings(json.GetProperty("notify_role_ids")));
    }

    [Fact]
    public async Task A_plain_member_may_not_move_a_game_out_of_the_channel_its_template_locks()
    {
        var template = await Host.PostJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates", new
        {
            name = $"Locked {Guid.NewGuid():N}"[..20],
            channel_id = Seed.GuildAGameNight,
            locked_fields = new[] { "channel_id" },
        });
        var templateId = template.GetProperty("id").GetString()!;
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        var request = new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["template_id"] = templateId,
            ["title"] = "Moved away",
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        };

        using var elsewhere = await anna.Client.PostAsJsonAsync("/api/v1/games", new Dictionary<string, object>(request) { ["channel_id"] = Seed.GuildAGeneral })
            .WaitAsync(ApiSession.RequestTimeout);
        var inPlace = await anna.PostJsonAsync("/api/v1/games", request);

        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Contains("channel_id", (await elsewhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Seed.GuildAGameNight, inPlace.GetProperty("channel_id").GetString());
        Assert.Equal(["channel_id"], Strings(inPlace.GetProperty("locked_fields")));
        Assert.Equal(HttpStatusCode.Forbidden,
            await anna.StatusAsync(HttpMethod.Put, $"/api/v1/games/{inPlace.GetProperty("id").GetString()}", new { channel_id = Seed.GuildAGeneral }));
        Assert.Equal(HttpStatusCode.NoContent, await Host.StatusAsync(HttpMethod.Delete, $"/api/v1/templates/{templateId}"));
    }

    [Fact]
    public async Task List_games_with_a_channel_lists_the_games_announced_there_unless_show_all_asks_for_every_channel()
    {
        // Fresh channels, so that games other tests announce cannot crowd this one out of a reply's first page.
        var busy = await Emulator.CreateChannelAsync(Seed.GuildA, ServerChangeTests.NewName("busy"));
        var quiet = await Emulator.CreateChannelAsync(Seed.GuildA, ServerChangeTests.NewName("quiet"));
        await ServerChangeTests.WaitForChannelAsync(Host, busy, listed: true);
        await ServerChangeTests.WaitForChannelAsync(Host, quiet, listed: true);
        var title = $"Channel {Guid.NewGuid():N}"[..20];
        await AnnouncedGame.CreateAsync(Host, Emulator, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = busy,
            ["title"] = title,
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        });
        var member = await Emulator.CreateUserAsync(JoinButtonTests.NewUsername("channel"), Seed.GuildA);

        var there = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "list-games", EmulatorControl.CommandOption("channel", 7, busy));
        var elsewhere = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "list-games", EmulatorControl.CommandOption("channel", 7, quiet));
        var everywhere = await Emulator.RunCommandAsync(member, Seed.GuildAGeneral, "list-games",
            EmulatorControl.CommandOption("channel", 7, quiet), EmulatorControl.CommandOption("show_all", 5, true));

        JoinButtonTests.AssertPrivateReply(there, title);
        JoinButtonTests.AssertPrivateReply(elsewhere, $"No games are scheduled in <#{quiet}> yet.");
        JoinButtonTests.AssertPrivateReply(everywhere, "Upcoming games in this server");
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];
}
