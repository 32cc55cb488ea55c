using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>Discord's 3-second callback window and 15-minute token lifetime, on a clock the test moves.</summary>
public sealed class InteractionWindowTests(FakeTimeEmulator emulator) : IClassFixture<FakeTimeEmulator>, IAsyncLifetime
{
    private readonly HttpClient _bot = emulator.CreateBotClient();
    private readonly HttpClient _control = emulator.CreateClient();
    private GatewayTestClient _gateway = null!;

    public async Task InitializeAsync()
    {
        (_gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await _gateway.IdentifyAndReadReadyAsync();
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task No_callback_within_3_seconds_is_a_504_and_a_late_callback_is_an_unknown_interaction()
    {
        var click = RunCommandAsync(Seed.Anna);
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        var response = await AdvanceUntilCompletedAsync(click, TimeSpan.FromSeconds(1));
        var late = await RespondAsync(interaction, new { type = 4, data = new { content = "too late" } });

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(interaction.GetProperty("id").GetString(), (await response.ReadJsonAsync()).GetProperty("interaction_id").GetString());
        await DiscordAssert.ErrorAsync(late, HttpStatusCode.NotFound, 10062);
    }

    [Fact]
    public async Task The_interaction_token_stops_working_after_15_minutes()
    {
        var run = RunCommandAsync(Seed.Carol);
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        await RespondAsync(interaction, new { type = 4, data = new { content = "Here are your games." } });
        Assert.Equal(HttpStatusCode.OK, (await run.WaitAsync(GatewayTestClient.Timeout)).StatusCode);
        var token = interaction.GetProperty("token").GetString();

        emulator.Time!.Advance(TimeSpan.FromMinutes(14));
        var withinLifetime = await _bot.GetAsync($"webhooks/{Seed.ApplicationId}/{token}/messages/@original");
        emulator.Time.Advance(TimeSpan.FromMinutes(2));
        var expired = await _bot.PostAsJsonAsync($"webhooks/{Seed.ApplicationId}/{token}", new { content = "Still there?" });

        Assert.Equal(HttpStatusCode.OK, withinLifetime.StatusCode);
        await DiscordAssert.ErrorAsync(expired, HttpStatusCode.Unauthorized, 50027);
    }

    private Task<HttpResponseMessage> RunCommandAsync(string userId) =>
        _control.PostAsJsonAsync("/_emulator/interactions", new { type = "command", user_id = userId, channel_id = Seed.GuildAGeneral, name = "games" });

    private Task<HttpResponseMessage> RespondAsync(JsonElement interaction, object callback) =>
        _bot.PostAsJsonAsync(
            $"interactions/{interaction.GetProperty("id").GetString()}/{interaction.GetProperty("token").GetString()}/callback",
            callback);

    /// <summary>
    /// Moves the clock step by step until the request completes: the emulator may start its 3-second
    /// wait only after the test has seen the dispatch.
    /// </summary>
    private async Task<HttpResponseMessage> AdvanceUntilCompletedAsync(Task<HttpResponseMessage> request, TimeSpan step)
    {
        using var timeout = new CancellationTokenSource(GatewayTestClient.Timeout);
        while (!request.IsCompleted)
        {
            emulator.Time!.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }

        return await request;
    }
}
