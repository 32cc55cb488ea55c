using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Infrastructure;
using GameScheduler.Api.Tests.Realtime;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GameScheduler.Api.Tests.Auth;

[Collection(ValkeyCollection.Name)]
public sealed class SessionStoreTests(ValkeyFixture valkey) : IAsyncLifetime
{
    // Well under the near cache's lifetime: a copy still shown after this was not evicted, whatever its age.
    private static readonly TimeSpan Eviction = TimeSpan.FromSeconds(3);
    private ApiInstances _instances = null!;

    public async Task InitializeAsync() => _instances = await ApiInstances.StartAsync(valkey.Connection, count: 2);

    public async Task DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task A_session_is_found_by_its_256_bit_token_and_expires_after_seven_days()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());

        Assert.Equal(43, token.Length);
        Assert.Equal(Sessions.Anna(), await Store(0).FindAsync(token));
        Assert.InRange(await TimeToLiveAsync(token), TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task Each_use_slides_the_expiry()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        await Valkey.KeyExpireAsync($"session:{token}", TimeSpan.FromMinutes(1));

        await Store(0).FindAsync(token);

        Assert.True(await TimeToLiveAsync(token) > TimeSpan.FromDays(6));
    }

    [Fact]
    public async Task A_deleted_or_unknown_session_is_not_found()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        await Store(0).FindAsync(token);

        await Store(0).DeleteAsync(token);

        Assert.Null(await Store(0).FindAsync(token));
        Assert.Null(await Store(0).FindAsync("forged"));
    }

    [Fact]
    public async Task Two_sessions_never_share_a_token()
    {
        var first = await Store(0).CreateAsync(Sessions.Anna());
        var second = await Store(0).CreateAsync(Sessions.Anna());

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_session_found_is_read_from_memory_on_the_next_requests()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        await Store(0).FindAsync(token);

        // Behind the store's back, so only a copy in memory can still answer.
        await Valkey.KeyDeleteAsync($"session:{token}");

        Assert.Equal(Sessions.Anna(), await Store(0).FindAsync(token));
        Assert.Null(await Store(0).FindStoredAsync(token));
    }

    [Fact]
    public async Task A_token_not_found_is_not_remembered_as_missing()
    {
        const string token = "not-yet-a-session-token";
        Assert.Null(await Store(0).FindAsync(token));

        await Valkey.StringSetAsync($"session:{token}", JsonSerializer.Serialize(Sessions.Anna()));

        Assert.Equal(Sessions.Anna(), await Store(0).FindAsync(token));
    }

    [Fact]
    public async Task A_session_ended_on_one_instance_is_gone_from_the_others_at_once()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        Assert.NotNull(await Store(1).FindAsync(token));

        await Store(0).DeleteAsync(token);

        await UntilAsync(async () => await Store(1).FindAsync(token) is null, "the other instance no longer finds the session");
    }

    [Fact]
    public async Task A_session_replaced_on_one_instance_is_read_afresh_on_the_others()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        Assert.NotNull(await Store(1).FindAsync(token));

        await Store(0).ReplaceAsync(token, Sessions.Anna() with { ProtectedAccessToken = "sealed-access-2" });

        await UntilAsync(async () => (await Store(1).FindAsync(token))?.ProtectedAccessToken == "sealed-access-2",
            "the other instance reads the replaced session");
    }

    private SessionStore Store(int instance) => ActivatorUtilities.CreateInstance<SessionStore>(_instances[instance]);

    private IDatabase Valkey => valkey.Connection.GetDatabase();

    private static Task UntilAsync(Func<Task<bool>> condition, string what) => Eventually.HoldsAsync(condition, Eviction, what);

    private async Task<TimeSpan> TimeToLiveAsync(string token) =>
        await Valkey.KeyTimeToLiveAsync($"session:{token}") ?? TimeSpan.Zero;
}
