using GameScheduler.Core.Games;
using GameScheduler.Core.Templates;

namespace GameScheduler.Core.Tests.Rules;

public sealed class TemplateValidatorTests
{
    private static GameTemplate Template(string name = "Weekly raid", string where = "Voice", string signupInstructions = "")
    {
        var template = DefaultTemplate.New(Sample.Guild.Id, name, channelId: null, isDefault: false, Sample.Now);
        template.Where = where;
        template.SignupInstructions = signupInstructions;
        return template;
    }

    private static Dictionary<string, string[]> Validate(GameTemplate template) => TemplateValidator.Validate(template, Sample.Now);

    [Fact]
    public void Accepts_plain_text_with_line_breaks_in_the_sign_up_instructions()
    {
        Assert.Empty(Validate(Template(signupInstructions: "Bring:\r\n\t- dice")));
    }

    [Fact]
    public void Control_characters_are_refused_under_each_field_name()
    {
        var errors = Validate(Template(name: "Raid\0", where: "Voice\tchannel", signupInstructions: "Bell\u0007"));

        Assert.Equal(["name", "signup_instructions", "where"], errors.Keys.Order());
        Assert.Equal(["Name must be plain text without control characters."], errors["name"]);
    }

    [Fact]
    public void Role_lists_and_locked_fields_have_their_lengths_under_each_field_name()
    {
        var template = Template();
        template.AllowedHostRoleIds = [.. Enumerable.Range(0, GameSettingsValidator.MaxListedRoles + 1).Select(n => $"role-{n}")];
        template.AllowedPlayerRoleIds = template.AllowedHostRoleIds;
        template.LockedFields = [LockableFields.SignupMethod, LockableFields.SignupMethod, LockableFields.SignupMethod];

        var errors = Validate(template);

        Assert.Equal(["allowed_host_role_ids", "allowed_player_role_ids", "locked_fields"], errors.Keys.Order());
    }

    [Fact]
    public void Archiving_needs_an_archive_channel_and_the_delay_stays_within_thirty_days()
    {
        var archiving = Template();
        archiving.AfterGame = AfterGame.Archive;
        var tooLate = Template();
        tooLate.AfterGameDelayMinutes = AnnouncementTidy.LongestDelayMinutes + 1;
        var negative = Template();
        negative.AfterGameDelayMinutes = -1;
        var archived = Template();
        archived.AfterGame = AfterGame.Archive;
        archived.ArchiveChannelId = "200000000000000002";
        archived.AfterGameDelayMinutes = 0;

        Assert.Equal(["archive_channel_id"], Validate(archiving).Keys);
        Assert.Equal(["after_game_delay_minutes"], Validate(tooLate).Keys);
        Assert.Equal(["after_game_delay_minutes"], Validate(negative).Keys);
        Assert.Empty(Validate(archived));
        Assert.Equal((AfterGame.Keep, 1440), (Template().AfterGame, Template().AfterGameDelayMinutes));
    }

    [Fact]
    public void A_default_rule_is_checked_without_a_start_and_its_end_date_must_lie_ahead_within_ten_years()
    {
        var monthly = Template();
        monthly.Recurrence = new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 2, Until: Sample.Now.AddYears(1));
        var ended = Template();
        ended.Recurrence = new Recurrence(RecurrenceFrequency.Weekly, Until: Sample.Now.AddDays(-1));
        var endless = Template();
        endless.Recurrence = new Recurrence(RecurrenceFrequency.Weekly, Until: DateTimeOffset.MaxValue);
        var weeklyOnAWeekdayOfTheMonth = Template();
        weeklyOnAWeekdayOfTheMonth.Recurrence = new Recurrence(RecurrenceFrequency.Weekly, ByWeekdayOfMonth: 2);

        Assert.Empty(Validate(monthly));
        Assert.Equal(["recurrence.until"], Validate(ended).Keys);
        Assert.Equal(["recurrence.until"], Validate(endless).Keys);
        Assert.Equal(["recurrence.by_weekday_of_month"], Validate(weeklyOnAWeekdayOfTheMonth).Keys);
    }
}
