using GameScheduler.Bot.Announcements;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.Announcements;

public sealed class ShownAnnouncementsTests : IDisposable
{
    private readonly ShownAnnouncements _shown = new();

    public void Dispose() => _shown.Dispose();

    [Fact]
    public void A_message_never_written_shows_nothing() =>
        Assert.False(_shown.Shows("message-1", Announcement("Game night", joinDisabled: false)));

    [Fact]
    public void The_same_rendering_built_again_is_what_the_message_shows()
    {
        _shown.Record("message-1", Announcement("Game night", joinDisabled: false));

        Assert.True(_shown.Shows("message-1", Announcement("Game night", joinDisabled: false)));
    }

    [Theory]
    [InlineData("Game night, renamed", false)]
    [InlineData("Game night", true)]
    public void Any_change_to_what_Discord_would_show_is_not_what_the_message_shows(string title, bool joinDisabled)
    {
        _shown.Record("message-1", Announcement("Game night", joinDisabled: false));

        Assert.False(_shown.Shows("message-1", Announcement(title, joinDisabled)));
    }

    [Fact]
    public void Each_message_keeps_its_own_rendering()
    {
        _shown.Record("message-1", Announcement("Game night", joinDisabled: false));

        Assert.False(_shown.Shows("message-2", Announcement("Game night", joinDisabled: false)));
    }

    private static OutgoingMessage Announcement(string title, bool joinDisabled) => new(
        Embeds: [new Embed(Title: title, Fields: [new EmbedField("Players (0/4)", "No one yet")])],
        Components: [new ActionRow([new Button(ButtonStyle.Success, "Join", "join_game:1", Disabled: joinDisabled)])]);
}
