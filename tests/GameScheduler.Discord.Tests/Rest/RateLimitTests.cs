using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Discord.Tests.Rest;

public sealed class RateLimitTests : IDisposable
{
    private static readonly OutgoingMessage Hello = new("hello");
    private readonly RestHarness harness = new();

    [Fact]
    public async Task A_429_is_retried_once_its_retry_after_has_passed_and_not_before()
    {
        harness.Api.Respond = request => harness.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(2.5, global: false) : FakeDiscordApi.Message();

        var send = harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None);
        await Eventually.HoldsAsync(() => harness.Api.Count == 1, Eventually.DefaultTimeout, "the first attempt was sent");
        harness.Time.Advance(TimeSpan.FromSeconds(2.4));
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(1, harness.Api.Count);

        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        var message = await send.WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal("1", message.Id);
        var attempts = harness.Api.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(2.5), attempts[1].At - attempts[0].At);
    }

    [Fact]
    public async Task A_global_429_holds_back_every_route_until_it_passes()
    {
        harness.Api.Respond = request =>
            harness.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(1, global: true)
            : request.Path.EndsWith("/roles") ? FakeDiscordApi.Json(HttpStatusCode.OK, "[]")
            : FakeDiscordApi.Message();

        var first = harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None);
        await Eventually.HoldsAsync(() => harness.Api.Count == 1, Eventually.DefaultTimeout, "the first request was rate limited");
        var other = harness.Client.GetGuildRolesAsync("20", CancellationToken.None);
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(1, harness.Api.Count);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, other).WaitAsync(Eventually.DefaultTimeout);

        Assert.All(harness.Api.Requests.Skip(1), r => Assert.Equal(harness.Api.Requests[0].At + TimeSpan.FromSeconds(1), r.At));
    }

    [Fact]
    public async Task After_the_attempt_limit_a_429_becomes_an_exception()
    {
        harness.Api.Respond = _ => FakeDiscordApi.TooManyRequests(0.5, global: false);

        var send = harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None);
        await harness.RunClockUntilAsync(send.ContinueWith(_ => { }, TaskScheduler.Default), TimeSpan.FromSeconds(0.5));

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => send);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(5, harness.Api.Count);
    }

    [Fact]
    public async Task A_429_whose_retry_after_is_beyond_the_cap_fails_at_once_and_so_does_the_next_request_in_its_bucket()
    {
        harness.Api.Respond = _ => FakeDiscordApi.TooManyRequests(3600, global: false);

        var refused = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));
        var next = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.Status);
        Assert.Equal(1, harness.Api.Count);
    }

    [Fact]
    public async Task A_global_pause_beyond_the_cap_fails_every_route_at_once()
    {
        harness.Api.Respond = _ => FakeDiscordApi.TooManyRequests(3600, global: true);

        await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));
        var other = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.GetGuildRolesAsync("20", CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));

        Assert.Equal(HttpStatusCode.TooManyRequests, other.Status);
        Assert.Equal(1, harness.Api.Count);
    }

    [Fact]
    public async Task A_bucket_with_nothing_remaining_waits_for_its_reset_while_other_channels_go_on()
    {
        harness.Api.Respond = request => FakeDiscordApi.Json(
            HttpStatusCode.OK,
            """{"id":"1","channel_id":"10","content":""}""",
            ("X-RateLimit-Limit", "5"),
            ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset-After", "3.000"),
            ("X-RateLimit-Bucket", "messages-bucket"));

        await harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        var sameChannel = harness.Client.CreateMessageAsync("10", Hello, CancellationToken.None);
        await harness.Client.CreateMessageAsync("11", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(2, harness.Api.Count);

        harness.Time.Advance(TimeSpan.FromSeconds(2.9));
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(2, harness.Api.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        await sameChannel.WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(TimeSpan.FromSeconds(3), harness.Api.Requests[2].At - harness.Api.Requests[0].At);
    }

    [Fact]
    public async Task Routes_that_share_a_bucket_hash_share_its_limit()
    {
        harness.Api.Respond = request => FakeDiscordApi.Json(
            request.Method == HttpMethod.Delete ? HttpStatusCode.NoContent : HttpStatusCode.OK,
            request.Method == HttpMethod.Delete ? "" : """{"id":"1","channel_id":"10","content":""}""",
            ("X-RateLimit-Remaining", request.Method == HttpMethod.Delete ? "0" : "4"),
            ("X-RateLimit-Reset-After", "2"),
            ("X-RateLimit-Bucket", "shared-hash"));

        await harness.Client.EditMessageAsync("10", "1", Hello, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        await harness.Client.DeleteMessageAsync("10", "2", CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        var edit = harness.Client.EditMessageAsync("10", "1", Hello, CancellationToken.None);
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(2, harness.Api.Count);

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await edit.WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(3, harness.Api.Count);
    }

    [Fact]
    public async Task No_more_than_50_requests_leave_in_any_second_under_200_parallel_calls()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, """[]""", ("X-RateLimit-Remaining", "49"), ("X-RateLimit-Reset-After", "1"));

        var calls = Enumerable.Range(0, 200)
            .Select(i => harness.Client.GetGuildChannelsAsync($"guild-{i}", CancellationToken.None))
            .ToList();
        await harness.RunClockUntilAsync(Task.WhenAll(calls), TimeSpan.FromMilliseconds(100));

        var times = harness.Api.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(200, times.Count);
        Assert.Equal(50, times.Count(t => t == times[0]));
        var busiestSecond = times.Max(start => times.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)));
        Assert.True(busiestSecond <= 50, $"{busiestSecond} requests arrived within one second.");
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(3), "200 requests at 50 per second need at least 3 s.");
    }

    [Fact]
    public async Task Interaction_callbacks_are_exempt_from_the_global_limit()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.NoContent, "");
        var reply = InteractionResponse.Reply(new OutgoingMessage("ok"), ephemeral: true);

        var callbacks = Enumerable.Range(0, 120)
            .Select(i => harness.Client.RespondToInteractionAsync($"{i}", $"token-{i}", reply, CancellationToken.None));
        await Task.WhenAll(callbacks).WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(120, harness.Api.Count);
        Assert.All(harness.Api.Requests, r => Assert.Equal(harness.Time.GetUtcNow(), r.At));
    }

    public void Dispose() => harness.Dispose();
}
