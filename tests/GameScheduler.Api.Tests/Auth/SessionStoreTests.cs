using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Infrastructure;
using GameScheduler.Api.Tests.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace GameScheduler.Api.Tests.Auth;

[Collection(ValkeyCollection.Name)]
public sealed class SessionStoreTests(ValkeyFixture valkey) : IAsyncLifetime
{
    // Well under the near cache's lifetime: a copy still shown after this was not evicted, whatever its age.
    private static readonly TimeSpan Eviction = TimeSpan.FromSeconds(3);
    private readonly FakeTimeProvider _clock = new(Sessions.LoggedInAt);
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
    public async Task Valkey_holds_the_sessions_under_a_sha256_of_the_token_and_never_the_token()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());

        var keys = valkey.Connection.GetServers().Single().Keys(pattern: "session:*").Select(key => key.ToString()).ToList();

        Assert.Contains(Key(token), keys);
        Assert.DoesNotContain(keys, key => key.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_used_every_day_ends_at_its_absolute_lifetime()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        for (var day = 1; day < 30; day++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            Assert.NotNull(await Store(0).FindStoredAsync(token));
        }

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(await Store(0).FindAsync(token));
        Assert.Null(await Store(1).FindStoredAsync(token));
        Assert.False(await Valkey.KeyExistsAsync(Key(token)));
    }

    [Fact]
    public async Task Near_its_absolute_end_a_use_extends_the_session_only_to_that_end()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        _clock.Advance(TimeSpan.FromDays(28));

        await Store(0).FindStoredAsync(token);

        Assert.InRange(await TimeToLiveAsync(token), TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    [Fact]
    public async Task A_copy_in_memory_is_not_used_past_the_absolute_end()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        var store = Store(0);
        Assert.NotNull(await store.FindAsync(token));

        _clock.Advance(TimeSpan.FromDays(30));

        Assert.Null(await store.FindAsync(token));
    }

    [Fact]
    public async Task The_idle_timeout_and_absolute_lifetime_are_configurable()
    {
        var lifetimes = new SessionLifetimes { IdleTimeout = TimeSpan.FromHours(1), AbsoluteLifetime = TimeSpan.FromHours(3) };
        var token = await Store(0, lifetimes).CreateAsync(Sessions.Anna());
        Assert.InRange(await TimeToLiveAsync(token), TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));

        _clock.Advance(TimeSpan.FromHours(2.5));
        await Store(0, lifetimes).FindStoredAsync(token);

        Assert.InRange(await TimeToLiveAsync(token), TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task Each_use_slides_the_expiry()
    {
        var token = await Store(0).CreateAsync(Sessions.Anna());
        await Valkey.KeyExpireAsync(Key(token), TimeSpan.FromMinutes(1));

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
        await Valkey.KeyDeleteAsync(Key(token));

        Assert.Equal(Sessions.Anna(), await Store(0).FindAsync(token));
        Assert.Null(await Store(0).FindStoredAsync(token));
    }

    [Fact]
    public async Task A_token_not_found_is_not_remembered_as_missing()
    {
        const string token = "not-yet-a-session-token";
        Assert.Null(await Store(0).FindAsync(token));

        await Valkey.StringSetAsync(Key(token), JsonSerializer.Serialize(Sessions.Anna()));

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

    private SessionStore Store(int instance, SessionLifetimes? lifetimes = null) =>
        ActivatorUtilities.CreateInstance<SessionStore>(_instances[instance], Options.Create(lifetimes ?? new SessionLifetimes()), _clock);

    private static string Key(string token) => $"session:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))}";

    private IDatabase Valkey => valkey.Connection.GetDatabase();

    private static Task UntilAsync(Func<Task<bool>> condition, string what) => Eventually.HoldsAsync(condition, Eviction, what);

    private async Task<TimeSpan> TimeToLiveAsync(string token) =>
        await Valkey.KeyTimeToLiveAsync(Key(token)) ?? TimeSpan.Zero;
}
