using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IDisposable
{
    private readonly RestHarness harness = new();

    [Fact]
    public async Task Requests_carry_the_bot_token_and_discords_user_agent()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Message("55", "10");

        var message = await harness.Client.CreateMessageAsync("10", new OutgoingMessage("hi"), CancellationToken.None);

        var request = Assert.Single(harness.Api.Requests);
        Assert.Equal("55", message.Id);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://discord.test/api/v10/channels/10/messages", request.Url.AbsoluteUri);
        Assert.Equal($"Bot {RestHarness.BotToken}", request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/gamescheduler/gamescheduler, 1.0)", request.UserAgent);
        Assert.Equal("""{"content":"hi"}""", request.Body);
    }

    [Fact]
    public async Task An_interaction_callback_and_its_follow_ups_go_to_discords_routes()
    {
        harness.Api.Respond = request => request.Path.EndsWith("/callback")
            ? FakeDiscordApi.Json(HttpStatusCode.NoContent, "")
            : FakeDiscordApi.Message();

        await harness.Client.RespondToInteractionAsync("77", "tok/en", InteractionResponse.DeferReply(ephemeral: true), CancellationToken.None);
        await harness.Client.EditOriginalResponseAsync("tok/en", new OutgoingMessage("done"), CancellationToken.None);
        await harness.Client.CreateFollowupMessageAsync("tok/en", new OutgoingMessage("more"), CancellationToken.None);

        var requests = harness.Api.Requests;
        Assert.Equal("/api/v10/interactions/77/tok%2Fen/callback", requests[0].Url.AbsolutePath);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", requests[0].Body);
        Assert.Equal((HttpMethod.Patch, $"/api/v10/webhooks/{RestHarness.ApplicationId}/tok%2Fen/messages/@original"), (requests[1].Method, requests[1].Url.AbsolutePath));
        Assert.Equal((HttpMethod.Post, $"/api/v10/webhooks/{RestHarness.ApplicationId}/tok%2Fen"), (requests[2].Method, requests[2].Url.AbsolutePath));
    }

    [Fact]
    public async Task A_dm_opens_the_channel_then_posts_to_it()
    {
        harness.Api.Respond = request => request.Path.EndsWith("/users/@me/channels")
            ? FakeDiscordApi.Json(HttpStatusCode.OK, """{"id":"900","type":1,"recipients":[{"id":"42","username":"anna"}]}""")
            : FakeDiscordApi.Message("901", "900");

        var message = await harness.Client.SendDirectMessageAsync("42", new OutgoingMessage("You joined"), CancellationToken.None);

        Assert.Equal("901", message.Id);
        Assert.Equal("""{"recipient_id":"42"}""", harness.Api.Requests[0].Body);
        Assert.Equal("/api/v10/channels/900/messages", harness.Api.Requests[1].Path);
    }

    [Fact]
    public async Task A_discord_error_becomes_an_exception_with_its_code()
    {
        harness.Api.Respond = request => request.Path.EndsWith("/users/@me/channels")
            ? FakeDiscordApi.Json(HttpStatusCode.OK, """{"id":"900","type":1}""")
            : FakeDiscordApi.Json(HttpStatusCode.Forbidden, """{"message":"Cannot send messages to this user","code":50007}""");

        var refused = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.SendDirectMessageAsync("42", new OutgoingMessage("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, refused.Code);
        Assert.Equal("POST /channels/{channel_id}/messages", refused.Route);
        Assert.Contains("Cannot send messages to this user", refused.Message);
    }

    [Fact]
    public async Task An_oversize_embed_is_refused_before_any_request()
    {
        var embed = new Embed(Title: "Friday raid", Description: new string('x', MessageLimits.EmbedDescription + 1));

        var refused = await Assert.ThrowsAsync<DiscordLimitException>(
            () => harness.Client.CreateMessageAsync("10", new OutgoingMessage(Embeds: [embed]), CancellationToken.None));

        Assert.Equal("embed description length", refused.Limit);
        Assert.Equal(MessageLimits.EmbedDescription, refused.Maximum);
        Assert.Equal(0, harness.Api.Count);
    }

    [Fact]
    public async Task Guild_members_are_listed_a_page_at_a_time()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, """[{"user":{"id":"5","username":"carol"},"roles":[]}]""");

        var page = await harness.Client.ListGuildMembersAsync("20", 1000, "4", CancellationToken.None);

        Assert.Equal("carol", Assert.Single(page).DisplayName);
        Assert.Equal("/api/v10/guilds/20/members?limit=1000&after=4", harness.Api.Requests[0].Url.PathAndQuery);
    }

    public void Dispose() => harness.Dispose();
}
