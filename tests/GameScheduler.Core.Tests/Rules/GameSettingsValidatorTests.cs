using GameScheduler.Core.Games;

namespace GameScheduler.Core.Tests.Rules;

public sealed class GameSettingsValidatorTests
{
    private static readonly GameSettings Valid = new(
        ChannelId: "channel-1",
        Title: "Board games",
        Description: "",
        ScheduledAt: Sample.Now.AddDays(1),
        TimeZone: "Europe/Berlin",
        DurationMinutes: 120,
        MaxPlayers: 10,
        Where: "Voice",
        SignupMethod: SignupMethod.SelfSignup,
        ReminderMinutes: [60, 15],
        AllowedPlayerRoleIds: [],
        NotifyRoleIds: [],
        SignupInstructions: "",
        PostAt: null);

    [Fact]
    public void Accepts_valid_settings()
    {
        Assert.Empty(GameSettingsValidator.Validate(Valid, scheduledAtChanged: true, Sample.Now));
    }

    [Fact]
    public void Reports_each_bad_field_under_its_snake_case_name()
    {
        var settings = Valid with
        {
            ChannelId = null,
            Title = new string('x', Game.TitleMaxLength + 1),
            ScheduledAt = Sample.Now.AddMinutes(-1),
            TimeZone = "Mars/Olympus_Mons",
            DurationMinutes = 0,
            MaxPlayers = GameSettingsValidator.MaxPlayersLimit + 1,
            ReminderMinutes = [0],
        };

        var errors = GameSettingsValidator.Validate(settings, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(
            ["channel_id", "duration_minutes", "max_players", "reminder_minutes", "scheduled_at", "time_zone", "title"],
            errors.Keys.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Max_players_must_be_between_1_and_100(int maxPlayers)
    {
        var errors = GameSettingsValidator.Validate(Valid with { MaxPlayers = maxPlayers }, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["Max players must be between 1 and 100."], errors["max_players"]);
    }

    [Fact]
    public void Sign_up_instructions_and_notify_roles_have_their_limits()
    {
        var settings = Valid with
        {
            SignupInstructions = new string('i', GameSettingsValidator.SignupInstructionsMaxLength + 1),
            NotifyRoleIds = [.. Enumerable.Range(0, GameSettingsValidator.MaxNotifyRoles + 1).Select(n => $"role-{n}")],
        };

        var errors = GameSettingsValidator.Validate(settings, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["Sign-up instructions must be at most 1000 characters."], errors["signup_instructions"]);
        Assert.Equal(["At most 20 roles can be notified."], errors["notify_role_ids"]);
        Assert.Empty(GameSettingsValidator.Validate(
            Valid with { SignupInstructions = new string('i', GameSettingsValidator.SignupInstructionsMaxLength) }, scheduledAtChanged: true, Sample.Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_post_time_at_or_after_the_start_is_refused(int minutesAfterStart)
    {
        var settings = Valid with { PostAt = Valid.ScheduledAt!.Value.AddMinutes(minutesAfterStart) };

        var errors = GameSettingsValidator.Validate(settings, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["post_at"], errors.Keys);
    }

    [Fact]
    public void A_post_time_before_the_start_is_accepted_even_when_a_little_past()
    {
        Assert.Empty(GameSettingsValidator.Validate(Valid with { PostAt = Sample.Now.AddHours(1) }, scheduledAtChanged: true, Sample.Now));
        Assert.Empty(GameSettingsValidator.Validate(Valid with { PostAt = Sample.Now.AddDays(-1) }, scheduledAtChanged: true, Sample.Now));
    }

    [Fact]
    public void A_new_post_time_long_past_is_refused_and_an_old_one_is_kept()
    {
        var longPast = Valid with { PostAt = DateTimeOffset.MinValue };

        Assert.Equal(["post_at"], GameSettingsValidator.Validate(longPast, scheduledAtChanged: true, Sample.Now, postAtChanged: true).Keys);
        Assert.Empty(GameSettingsValidator.Validate(longPast, scheduledAtChanged: true, Sample.Now, postAtChanged: false));
    }

    [Fact]
    public void A_blank_title_is_missing()
    {
        var errors = GameSettingsValidator.Validate(Valid with { Title = "  " }, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["Title is required."], errors["title"]);
    }

    [Fact]
    public void A_past_start_is_accepted_when_the_edit_does_not_move_it()
    {
        var started = Valid with { ScheduledAt = Sample.Now.AddMinutes(-5) };

        Assert.Empty(GameSettingsValidator.Validate(started, scheduledAtChanged: false, Sample.Now));
        Assert.Contains("scheduled_at", GameSettingsValidator.Validate(started, scheduledAtChanged: true, Sample.Now).Keys);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x07)]
    [InlineData(0x09)]
    [InlineData(0x0A)]
    [InlineData(0x9B)]
    [InlineData(0xD800)]
    public void A_title_with_a_control_character_or_broken_unicode_is_refused(int character)
    {
        var title = $"Board{(char)character}games";

        var errors = GameSettingsValidator.Validate(Valid with { Title = title }, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["Title must be plain text without control characters."], errors["title"]);
    }

    [Fact]
    public void Multi_line_fields_keep_tabs_and_line_breaks_and_refuse_other_control_characters()
    {
        var multiLine = Valid with { Title = "Board games 🎲", Description = "Line one\r\n\tLine two", SignupInstructions = "Bring:\n- dice" };
        Assert.Empty(GameSettingsValidator.Validate(multiLine, scheduledAtChanged: true, Sample.Now));

        var hostile = Valid with { Description = "Nul\0", SignupInstructions = "Bell\u0007", Where = "Voice\nchannel" };
        var errors = GameSettingsValidator.Validate(hostile, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["description", "signup_instructions", "where"], errors.Keys.Order());
        Assert.Equal(["Description must be plain text without control characters other than tabs and line breaks."], errors["description"]);
    }

    [Fact]
    public void A_start_more_than_five_years_ahead_is_refused()
    {
        var farAhead = Valid with { ScheduledAt = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero) };

        var errors = GameSettingsValidator.Validate(farAhead, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["The scheduled time must be at most 5 years ahead."], errors["scheduled_at"]);
        Assert.Empty(GameSettingsValidator.Validate(Valid with { ScheduledAt = Sample.Now.AddYears(5) }, scheduledAtChanged: true, Sample.Now));
    }

    [Fact]
    public void A_role_list_longer_than_a_server_can_hold_is_refused_under_its_field_even_when_it_repeats_one_role()
    {
        var tooMany = Enumerable.Repeat("role-1", GameSettingsValidator.MaxListedRoles + 1).ToList();

        var errors = GameSettingsValidator.Validate(Valid with { AllowedPlayerRoleIds = tooMany, NotifyRoleIds = tooMany }, scheduledAtChanged: true, Sample.Now);

        Assert.Equal(["allowed_player_role_ids", "notify_role_ids"], errors.Keys.Order());
        Assert.Equal(["At most 250 roles can be listed."], errors["allowed_player_role_ids"]);
    }
}
