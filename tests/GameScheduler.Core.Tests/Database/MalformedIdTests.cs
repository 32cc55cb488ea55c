using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Tests.Database;

/// <summary>Ids that are no snowflake (a NUL, a null in a list, words) name nothing: a field error or not found, never a database error.</summary>
public sealed class MalformedIdTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    public static TheoryData<string> MalformedIds => ["\0", "12\u00003", "%00", "-1", "99999999999999999999999", "abc"];

    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_malformed_guild_channel_or_role_id_of_a_game_is_not_found_or_a_field_error(string id)
    {
        var games = Service<GameService>();
        var request = new NewGame(GuildId) { Title = "Catan", ScheduledAt = Time.GetUtcNow().AddDays(1) };

        Assert.IsType<ResourceNotFound>(await games.CreateAsync(Host, request with { GuildId = id }, Timeout));
        Assert.Contains("channel_id", Assert.IsType<ValidationFailed>(await games.CreateAsync(Host, request with { ChannelId = id }, Timeout)).Errors.Keys);
        var roles = Assert.IsType<ValidationFailed>(await games.CreateAsync(Host, request with { NotifyRoleIds = [id, null!] }, Timeout));
        Assert.Contains("notify_role_ids", roles.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_malformed_id_in_a_template_or_the_guild_settings_is_not_found_or_a_field_error(string id)
    {
        var templates = Service<TemplateService>();

        Assert.IsType<ResourceNotFound>(await templates.CreateAsync(Owner, id, new TemplateDraft { Name = "Raid" }, Timeout));
        var invalid = Assert.IsType<ValidationFailed>(await templates.CreateAsync(Owner, GuildId,
            new TemplateDraft { Name = "Raid", ChannelId = id, AllowedHostRoleIds = [id], AllowedPlayerRoleIds = [null!] }, Timeout));
        Assert.Equal(["allowed_host_role_ids", "allowed_player_role_ids", "channel_id"], invalid.Errors.Keys.Order());
        Assert.IsType<ValidationFailed>(await Service<GuildSettingsService>().SetBotManagerRolesAsync(Owner, GuildId, [id], Timeout));
    }

    [Fact]
    public async Task A_placeholder_name_with_a_control_character_is_a_field_error()
    {
        var game = Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host,
            new NewGame(GuildId) { Title = "Catan", ScheduledAt = Time.GetUtcNow().AddDays(1) }, Timeout)).Game;

        var added = await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.Placeholder("Cous\0in"), Timeout);

        Assert.Contains("display_name", Assert.IsType<ValidationFailed>(added).Errors.Keys);
    }
}
