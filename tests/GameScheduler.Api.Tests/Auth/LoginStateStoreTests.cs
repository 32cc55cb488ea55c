using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Realtime;

namespace GameScheduler.Api.Tests.Auth;

[Collection(ValkeyCollection.Name)]
public sealed class LoginStateStoreTests(ValkeyFixture valkey)
{
    private static readonly LoginStateStore.PendingLogin Pending =
        new("/guilds/1/games", new Uri("http://localhost:5173/api/v1/auth/callback"), "code-verifier");

    private readonly LoginStateStore _logins = new(valkey.Connection);

    [Fact]
    public async Task A_state_gives_back_its_login_once()
    {
        var issued = await _logins.CreateAsync(Pending);

        Assert.Equal(Pending, await _logins.TakeAsync(issued.State, issued.Nonce));
        Assert.Null(await _logins.TakeAsync(issued.State, issued.Nonce));
    }

    [Fact]
    public async Task A_state_brought_back_with_another_nonce_or_none_gives_no_login_and_is_spent()
    {
        var first = await _logins.CreateAsync(Pending);
        var second = await _logins.CreateAsync(Pending);

        Assert.Null(await _logins.TakeAsync(first.State, second.Nonce));
        Assert.Null(await _logins.TakeAsync(second.State, nonce: null));
        Assert.Null(await _logins.TakeAsync(first.State, first.Nonce));
    }

    [Fact]
    public async Task Valkey_keeps_a_hash_of_the_nonce_not_the_nonce()
    {
        var issued = await _logins.CreateAsync(Pending);

        var stored = await valkey.Connection.GetDatabase().StringGetAsync($"login-state:{issued.State}");

        Assert.DoesNotContain(issued.Nonce, stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_lives_ten_minutes()
    {
        var issued = await _logins.CreateAsync(Pending);

        var timeToLive = await valkey.Connection.GetDatabase().KeyTimeToLiveAsync($"login-state:{issued.State}");

        Assert.InRange(timeToLive ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task An_unknown_state_has_no_login() => Assert.Null(await _logins.TakeAsync("made-up", "made-up"));
}
