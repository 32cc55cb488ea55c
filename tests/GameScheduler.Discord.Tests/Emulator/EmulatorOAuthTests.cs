using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Discord.Tests.Emulator;

public sealed class EmulatorOAuthTests : IClassFixture<EmulatorServer>, IAsyncDisposable
{
    private static readonly Uri RedirectUri = new("http://localhost:5173/api/v1/auth/callback");
    private static readonly string CodeVerifier = Pkce.NewVerifier();

    private readonly EmulatorServer emulator;
    private readonly ServiceProvider services;
    private readonly DiscordOAuthClient oauth;

    public EmulatorOAuthTests(EmulatorServer emulator)
    {
        this.emulator = emulator;
        services = new ServiceCollection().AddDiscordOAuth(emulator.DiscordConfiguration()).BuildServiceProvider();
        oauth = services.GetRequiredService<DiscordOAuthClient>();
    }

    [Fact]
    public async Task The_code_flow_logs_a_user_in_and_lists_their_guilds()
    {
        var (code, state) = await AuthorizeAsync(EmulatorServer.Carol, "state-123");
        var tokens = await oauth.ExchangeCodeAsync(code, RedirectUri, CodeVerifier, CancellationToken.None);
        var user = await oauth.GetCurrentUserAsync(tokens.AccessToken, CancellationToken.None);
        var guilds = await oauth.GetCurrentUserGuildsAsync(tokens.AccessToken, CancellationToken.None);
        var refreshed = await oauth.RefreshAsync(tokens.RefreshToken, CancellationToken.None);

        Assert.Equal("state-123", state);
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Contains("guilds", tokens.Scope.Split(' '));
        Assert.Equal((EmulatorServer.Carol, "carol"), (user.Id, user.Username));
        Assert.Equal([EmulatorServer.GuildA, EmulatorServer.GuildB], guilds.Select(g => g.Id).Order());
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
        Assert.Equal(EmulatorServer.Carol, (await oauth.GetCurrentUserAsync(refreshed.AccessToken, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task A_code_is_good_once()
    {
        var (code, _) = await AuthorizeAsync(EmulatorServer.Carol, "state-456");
        await oauth.ExchangeCodeAsync(code, RedirectUri, CodeVerifier, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<DiscordOAuthException>(() => oauth.ExchangeCodeAsync(code, RedirectUri, CodeVerifier, CancellationToken.None));

        Assert.Equal("invalid_grant", refused.Error);
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task A_made_up_code_or_a_code_for_another_redirect_is_refused()
    {
        var (code, _) = await AuthorizeAsync(EmulatorServer.Carol, "state-789");

        var madeUp = await Assert.ThrowsAsync<DiscordOAuthException>(() => oauth.ExchangeCodeAsync("not-a-code", RedirectUri, CodeVerifier, CancellationToken.None));
        var elsewhere = await Assert.ThrowsAsync<DiscordOAuthException>(
            () => oauth.ExchangeCodeAsync(code, new Uri("http://evil.example/callback"), CodeVerifier, CancellationToken.None));

        Assert.Equal("invalid_grant", madeUp.Error);
        Assert.Equal("invalid_grant", elsewhere.Error);
    }

    [Fact]
    public async Task A_made_up_access_token_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DiscordOAuthException>(() => oauth.GetCurrentUserAsync("not-a-token", CancellationToken.None));

        Assert.Equal(401, refused.StatusCode);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    /// <summary>Follows the authorize URL the client builds, with the emulator's shortcut that approves as a given user.</summary>
    private async Task<(string Code, string State)> AuthorizeAsync(string userId, string state)
    {
        var url = QueryHelpers.AddQueryString(oauth.AuthorizeUrl(RedirectUri, state, CodeVerifier).AbsoluteUri, "emulator_user_id", userId);
        using var response = await emulator.Control.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri.AbsoluteUri, location.AbsoluteUri);
        var query = QueryHelpers.ParseQuery(location.Query);
        return (query["code"].ToString(), query["state"].ToString());
    }
}
