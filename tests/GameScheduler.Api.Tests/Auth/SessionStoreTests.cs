using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Realtime;

namespace GameScheduler.Api.Tests.Auth;

[Collection(ValkeyCollection.Name)]
public sealed class SessionStoreTests(ValkeyServer valkey)
{
    private readonly SessionStore _sessions = new(valkey.Connection);

    [Fact]
    public async Task A_session_is_found_by_its_256_bit_token_and_expires_after_seven_days()
    {
        var token = await _sessions.CreateAsync(Sessions.Anna());

        Assert.Equal(43, token.Length);
        Assert.Equal(Sessions.Anna(), await _sessions.FindAsync(token));
        Assert.InRange(await TimeToLiveAsync(token), TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task Each_use_slides_the_expiry()
    {
        var token = await _sessions.CreateAsync(Sessions.Anna());
        await valkey.Connection.GetDatabase().KeyExpireAsync($"session:{token}", TimeSpan.FromMinutes(1));

        await _sessions.FindAsync(token);

        Assert.True(await TimeToLiveAsync(token) > TimeSpan.FromDays(6));
    }

    [Fact]
    public async Task A_deleted_or_unknown_session_is_not_found()
    {
        var token = await _sessions.CreateAsync(Sessions.Anna());

        await _sessions.DeleteAsync(token);

        Assert.Null(await _sessions.FindAsync(token));
        Assert.Null(await _sessions.FindAsync("forged"));
    }

    [Fact]
    public async Task Two_sessions_never_share_a_token()
    {
        var first = await _sessions.CreateAsync(Sessions.Anna());
        var second = await _sessions.CreateAsync(Sessions.Anna());

        Assert.NotEqual(first, second);
    }

    private async Task<TimeSpan> TimeToLiveAsync(string token) =>
        await valkey.Connection.GetDatabase().KeyTimeToLiveAsync($"session:{token}") ?? TimeSpan.Zero;
}
