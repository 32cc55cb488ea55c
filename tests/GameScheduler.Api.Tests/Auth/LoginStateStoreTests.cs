using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Realtime;

namespace GameScheduler.Api.Tests.Auth;

[Collection(ValkeyCollection.Name)]
public sealed class LoginStateStoreTests(ValkeyFixture valkey)
{
    private static readonly LoginStateStore.PendingLogin Pending =
        new("/guilds/1/games", new Uri("http://localhost:5173/api/v1/auth/callback"));

    private readonly LoginStateStore _logins = new(valkey.Connection);

    [Fact]
    public async Task A_state_gives_back_its_login_once()
    {
        var state = await _logins.CreateAsync(Pending);

        Assert.Equal(Pending, await _logins.TakeAsync(state));
        Assert.Null(await _logins.TakeAsync(state));
    }

    [Fact]
    public async Task A_state_lives_ten_minutes()
    {
        var state = await _logins.CreateAsync(Pending);

        var timeToLive = await valkey.Connection.GetDatabase().KeyTimeToLiveAsync($"login-state:{state}");

        Assert.InRange(timeToLive ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task An_unknown_state_has_no_login() => Assert.Null(await _logins.TakeAsync("made-up"));
}
