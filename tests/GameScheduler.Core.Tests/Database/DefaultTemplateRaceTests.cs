using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Tests.Database;

/// <summary>Bot managers making different templates the default at the same moment: each change lands, one after the other.</summary>
public sealed class DefaultTemplateRaceTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const int Rounds = 10;

    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    [Fact]
    public async Task Concurrent_default_changes_all_succeed_and_leave_exactly_one_default()
    {
        var first = await CreateAsync("Raid night");
        var second = await CreateAsync("Board games");

        for (var round = 0; round < Rounds; round++)
        {
            var results = await Task.WhenAll(
                Service<TemplateService>().UpdateAsync(Owner, first.Id, new TemplateDraft { IsDefault = true }, Timeout),
                Service<TemplateService>().UpdateAsync(Owner, second.Id, new TemplateDraft { IsDefault = true }, Timeout),
                Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = $"New {round}", IsDefault = true }, Timeout));

            Assert.All(results, result => Assert.IsType<TemplateSaved>(result));
            var templates = (await Service<TemplateService>().ListAsync(Owner, GuildId, Timeout))!;
            Assert.Single(templates, template => template.IsDefault);
        }
    }

    private async Task<TemplateView> CreateAsync(string name) =>
        Assert.IsType<TemplateSaved>(await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = name }, Timeout)).Template;
}
