using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Tests.Database;

/// <summary>What a template hands its games: notify roles, sign-up instructions, player roles, and the fields it locks.</summary>
public sealed class TemplateLocksAndDefaultsTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string OtherChannelId = "200000000000000002";

    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    [Fact]
    public async Task A_game_takes_notify_roles_instructions_player_roles_and_locks_from_its_template()
    {
        var template = await CreateTemplateAsync(new TemplateDraft
        {
            Name = "Campaign",
            ChannelId = ChannelId,
            NotifyRoleIds = [PlayerRoleId],
            SignupInstructions = "Read the campaign notes.",
            AllowedPlayerRoleIds = [PlayerRoleId],
            LockedFields = [LockableFields.ChannelId, LockableFields.SignupMethod],
        });

        var game = Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, NewGameFrom(template), Timeout)).Game;

        Assert.Equal([PlayerRoleId], game.NotifyRoleIds);
        Assert.Equal("Read the campaign notes.", game.SignupInstructions);
        Assert.Equal([PlayerRoleId], game.AllowedPlayerRoleIds);
        Assert.Equal([LockableFields.ChannelId, LockableFields.SignupMethod], game.LockedFields);
        var read = (await Service<GameQueries>().FindAsync(Host, game.Id, Timeout))!;
        Assert.Equal(game.NotifyRoleIds, read.NotifyRoleIds);
        Assert.Equal(game.SignupInstructions, read.SignupInstructions);
        Assert.Equal(game.LockedFields, read.LockedFields);
    }

    [Fact]
    public async Task The_request_overrides_the_templates_fields_and_unknown_roles_are_field_errors()
    {
        var request = new NewGame(GuildId)
        {
            Title = "Catan",
            ScheduledAt = Time.GetUtcNow().AddDays(1),
            NotifyRoleIds = [PlayerRoleId],
            SignupInstructions = "Bring dice.",
            AllowedPlayerRoleIds = [],
        };

        var game = Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, request, Timeout)).Game;
        var unknown = await Service<GameService>().CreateAsync(Host, request with { NotifyRoleIds = ["999"], AllowedPlayerRoleIds = ["998"] }, Timeout);
        var edited = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { NotifyRoleIds = ["997"] }, Timeout);

        Assert.Equal([PlayerRoleId], game.NotifyRoleIds);
        Assert.Equal("Bring dice.", game.SignupInstructions);
        var errors = Assert.IsType<ValidationFailed>(unknown).Errors;
        Assert.Equal(["Unknown role: 999."], errors["notify_role_ids"]);
        Assert.Equal(["Unknown role: 998."], errors["allowed_player_role_ids"]);
        Assert.Equal(["Unknown role: 997."], Assert.IsType<ValidationFailed>(edited).Errors["notify_role_ids"]);
    }

    [Fact]
    public async Task A_plain_member_may_not_set_a_locked_field_to_another_value_on_create()
    {
        var template = await CreateTemplateAsync(new TemplateDraft { Name = "Fixed", ChannelId = ChannelId, LockedFields = [LockableFields.ChannelId] });

        var elsewhere = await Service<GameService>().CreateAsync(Host, NewGameFrom(template) with { ChannelId = OtherChannelId }, Timeout);
        var sameChannel = await Service<GameService>().CreateAsync(Host, NewGameFrom(template) with { ChannelId = ChannelId }, Timeout);
        var otherMethod = await Service<GameService>().CreateAsync(Host, NewGameFrom(template) with { SignupMethod = SignupMethod.HostSelected }, Timeout);
        var byOwner = await Service<GameService>().CreateAsync(Owner, NewGameFrom(template) with { ChannelId = OtherChannelId }, Timeout);

        Assert.Equal(new Forbidden(Refusals.LockedByTemplate("channel_id")), elsewhere);
        Assert.IsType<GameSaved>(sameChannel);
        Assert.Equal(SignupMethod.HostSelected, Assert.IsType<GameSaved>(otherMethod).Game.SignupMethod);
        Assert.Equal(OtherChannelId, Assert.IsType<GameSaved>(byOwner).Game.ChannelId);
    }

    [Fact]
    public async Task Only_bot_managers_change_a_locked_field_of_a_game()
    {
        var template = await CreateTemplateAsync(new TemplateDraft { Name = "Fixed", ChannelId = ChannelId, LockedFields = [LockableFields.SignupMethod] });
        var game = Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, NewGameFrom(template), Timeout)).Game;

        var byHost = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { SignupMethod = SignupMethod.HostSelected }, Timeout);
        var unlockedByHost = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { ChannelId = OtherChannelId, SignupMethod = game.SignupMethod }, Timeout);
        var byOwner = await Service<GameService>().UpdateAsync(Owner, game.Id, new GameEdit { SignupMethod = SignupMethod.HostSelected }, Timeout);

        Assert.Equal(new Forbidden(Refusals.LockedByTemplate("signup_method")), byHost);
        Assert.Equal(OtherChannelId, Assert.IsType<GameSaved>(unlockedByHost).Game.ChannelId);
        Assert.Equal(SignupMethod.HostSelected, Assert.IsType<GameSaved>(byOwner).Game.SignupMethod);
    }

    [Fact]
    public async Task A_template_locks_only_lockable_fields_and_the_channel_only_when_it_has_one()
    {
        var unknownField = await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "A", LockedFields = ["title"] }, Timeout);
        var noChannel = await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "B", LockedFields = [LockableFields.ChannelId] }, Timeout);
        var longInstructions = await Service<TemplateService>().CreateAsync(
            Owner, GuildId, new TemplateDraft { Name = "C", SignupInstructions = new string('i', 1001), NotifyRoleIds = ["999"] }, Timeout);

        Assert.Equal(["Only channel_id and signup_method can be locked, not title."], Assert.IsType<ValidationFailed>(unknownField).Errors["locked_fields"]);
        Assert.Equal(["Locking the channel needs a template channel."], Assert.IsType<ValidationFailed>(noChannel).Errors["locked_fields"]);
        Assert.Equal(["notify_role_ids", "signup_instructions"], Assert.IsType<ValidationFailed>(longInstructions).Errors.Keys.Order());
    }

    private async Task<TemplateView> CreateTemplateAsync(TemplateDraft draft) =>
        Assert.IsType<TemplateSaved>(await Service<TemplateService>().CreateAsync(Owner, GuildId, draft, Timeout)).Template;

    private NewGame NewGameFrom(TemplateView template) =>
        new(GuildId) { TemplateId = template.Id, Title = "Session", ScheduledAt = Time.GetUtcNow().AddDays(1) };
}
