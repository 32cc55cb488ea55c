using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Models;

public sealed class MessageLimitsTests
{
    private static readonly Button Join = new(ButtonStyle.Success, "Join", "join_game:1");

    public static TheoryData<string, OutgoingMessage> OversizeMessages => new()
    {
        { "content length", new OutgoingMessage(Content: new string('x', 2001)) },
        { "number of embeds", new OutgoingMessage(Embeds: Enumerable.Repeat(new Embed(Title: "t"), 11).ToList()) },
        { "embed title length", WithEmbed(new Embed(Title: new string('x', 257))) },
        { "embed description length", WithEmbed(new Embed(Description: new string('x', 4097))) },
        { "embed footer text length", WithEmbed(new Embed(Footer: new EmbedFooter(new string('x', 2049)))) },
        { "embed author name length", WithEmbed(new Embed(Author: new EmbedAuthor(new string('x', 257)))) },
        { "number of embed fields", WithEmbed(new Embed(Fields: Enumerable.Repeat(new EmbedField("n", "v"), 26).ToList())) },
        { "embed field name length", WithEmbed(new Embed(Fields: [new EmbedField(new string('x', 257), "v")])) },
        { "embed field value length", WithEmbed(new Embed(Fields: [new EmbedField("n", new string('x', 1025))])) },
        {
            "total characters of all embeds",
            new OutgoingMessage(Embeds: [new Embed(Description: new string('x', 4000)), new Embed(Description: new string('x', 2001))])
        },
        { "number of action rows", new OutgoingMessage(Components: Enumerable.Repeat(new ActionRow([Join]), 6).ToList()) },
        { "number of buttons in a row", new OutgoingMessage(Components: [new ActionRow(Enumerable.Repeat(Join, 6).ToList())]) },
        { "custom_id length", new OutgoingMessage(Components: [new ActionRow([Join with { CustomId = new string('x', 101) }])]) },
        { "button label length", new OutgoingMessage(Components: [new ActionRow([Join with { Label = new string('x', 81) }])]) },
    };

    [Theory]
    [MemberData(nameof(OversizeMessages))]
    public void A_message_over_a_limit_is_refused_naming_the_limit(string limit, OutgoingMessage message)
    {
        var refused = Assert.Throws<DiscordLimitException>(() => MessageLimits.Validate(message));

        Assert.Equal(limit, refused.Limit);
        Assert.Contains(limit, refused.Message);
    }

    [Fact]
    public void A_message_at_every_limit_passes()
    {
        var fields = Enumerable.Range(0, 25).Select(_ => new EmbedField(new string('n', 10), new string('v', 100))).ToList();
        var embed = new Embed(Title: new string('t', 256), Description: new string('d', 2000), Fields: fields,
            Footer: new EmbedFooter(new string('f', 200)), Author: new EmbedAuthor(new string('a', 244)));
        var row = new ActionRow(Enumerable.Range(0, 5).Select(i => new Button(ButtonStyle.Primary, new string('l', 80), new string('c', 99) + i)).ToList());

        MessageLimits.Validate(new OutgoingMessage(new string('x', 2000), [embed], Enumerable.Repeat(row, 5).ToList()));
    }

    [Fact]
    public void A_button_without_a_custom_id_or_a_link_with_one_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MessageLimits.Validate(
            new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Primary, "Join")])])));
        Assert.Throws<ArgumentException>(() => MessageLimits.Validate(
            new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Link, "Open", "id", "https://example.org")])])));
    }

    private static OutgoingMessage WithEmbed(Embed embed) => new(Embeds: [embed]);
}
