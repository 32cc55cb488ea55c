using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class TemplateAndGuildSettingsTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    [Fact]
    public async Task Bot_managers_create_templates_and_members_may_not()
    {
        var draft = new TemplateDraft { Name = "Raid night", MaxPlayers = 8, ChannelId = ChannelId };

        var byOwner = await Service<TemplateService>().CreateAsync(Owner, GuildId, draft, Timeout);
        var byMember = await Service<TemplateService>().CreateAsync(Member("1"), GuildId, draft, Timeout);

        var template = Assert.IsType<TemplateSaved>(byOwner).Template;
        Assert.Equal(("Raid night", 8, false), (template.Name, template.MaxPlayers, template.IsDefault));
        Assert.Equal(new Refused(Refusals.NotBotManager), byMember);
        Assert.Equal(2, (await Service<TemplateService>().ListAsync(Member("1"), GuildId, Timeout))!.Count);
    }

    [Fact]
    public async Task A_template_must_name_known_channels_and_roles()
    {
        var draft = new TemplateDraft { Name = "", ChannelId = "999", AllowedHostRoleIds = ["888"], MaxPlayers = 0 };

        var result = await Service<TemplateService>().CreateAsync(Owner, GuildId, draft, Timeout);

        Assert.Equal(["allowed_host_role_ids", "channel_id", "max_players", "name"], Assert.IsType<ValidationFailed>(result).Errors.Keys.Order());
    }

    [Fact]
    public async Task A_template_edit_that_changes_nothing_keeps_its_time_stamp()
    {
        var created = Assert.IsType<TemplateSaved>(await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "Raid night" }, Timeout)).Template;
        var stampedAt = (await Db().Templates.SingleAsync(template => template.Id == created.Id, Timeout)).UpdatedAt;
        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.IsType<TemplateSaved>(await Service<TemplateService>().UpdateAsync(Owner, created.Id, new TemplateDraft { Name = "Raid night" }, Timeout));

        Assert.Equal(stampedAt, (await Db().Templates.SingleAsync(template => template.Id == created.Id, Timeout)).UpdatedAt);
    }

    [Fact]
    public async Task There_is_always_exactly_one_default_template()
    {
        var original = (await Service<TemplateService>().ListAsync(Owner, GuildId, Timeout))!.Single();
        var created = Assert.IsType<TemplateSaved>(await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "New default", IsDefault = true }, Timeout));

        var deleteNewDefault = await Service<TemplateService>().DeleteAsync(Owner, created.Template.Id, Timeout);
        var deleteOld = await Service<TemplateService>().DeleteAsync(Owner, original.Id, Timeout);

        Assert.Equal(new Refused(Refusals.DefaultTemplateRequired), deleteNewDefault);
        Assert.IsType<TemplateDeleted>(deleteOld);
        Assert.True((await Service<TemplateService>().ListAsync(Owner, GuildId, Timeout))!.Single().IsDefault);
    }

    [Fact]
    public async Task A_template_with_host_roles_lets_only_their_holders_and_bot_managers_host()
    {
        var template = Assert.IsType<TemplateSaved>(await Service<TemplateService>().CreateAsync(
            Owner, GuildId, new TemplateDraft { Name = "Members only", ChannelId = ChannelId, AllowedHostRoleIds = [PlayerRoleId] }, Timeout)).Template;
        var request = new NewGame(GuildId) { TemplateId = template.Id, Title = "Session", ScheduledAt = Time.GetUtcNow().AddDays(1) };

        var withoutRole = await Service<GameService>().CreateAsync(Member("1"), request, Timeout);
        var withRole = await Service<GameService>().CreateAsync(Member("2", PlayerRoleId), request, Timeout);

        Assert.Equal(new Refused(Refusals.NotAllowedToHost), withoutRole);
        Assert.Equal(template.Id, Assert.IsType<GameSaved>(withRole).Game.TemplateId);
    }

    [Fact]
    public async Task Holders_of_a_configured_role_become_bot_managers()
    {
        var set = await Service<GuildSettingsService>().SetBotManagerRolesAsync(Owner, GuildId, [PlayerRoleId], Timeout);
        var unknown = await Service<GuildSettingsService>().SetBotManagerRolesAsync(Owner, GuildId, ["777"], Timeout);
        var byMember = await Service<GuildSettingsService>().SetBotManagerRolesAsync(Member("1"), GuildId, [], Timeout);

        Assert.Equal([PlayerRoleId], Assert.IsType<GuildSettingsSaved>(set).Guild.BotManagerRoleIds);
        Assert.Contains("bot_manager_role_ids", Assert.IsType<ValidationFailed>(unknown).Errors.Keys);
        Assert.Equal(new Refused(Refusals.NotBotManager), byMember);
        Assert.True((await Service<GuildQueries>().FindAsync(Member("1", PlayerRoleId), GuildId, Timeout))!.IsBotManager);
        Assert.False((await Service<GuildQueries>().FindAsync(Member("1"), GuildId, Timeout))!.IsBotManager);
    }

    [Fact]
    public async Task Channels_and_roles_are_listed_only_to_members()
    {
        var stranger = Caller.InGuild(new UserProfile("5", "stranger", "Stranger"), Membership.WithoutRoles("5", OtherGuildId));
        var queries = Service<GuildQueries>();

        Assert.Equal(["games", "general"], (await queries.ChannelsAsync(Member("1"), GuildId, Timeout))!.Select(channel => channel.Name));
        Assert.Equal(["@everyone", "Players"], (await queries.RolesAsync(Member("1"), GuildId, Timeout))!.Select(role => role.Name));
        Assert.Null(await queries.ChannelsAsync(stranger, GuildId, Timeout));
        Assert.Empty(await queries.ListAsync(stranger, Timeout));
        Assert.Null(await Service<TemplateService>().ListAsync(stranger, GuildId, Timeout));
    }
}
