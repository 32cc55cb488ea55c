using System.Threading.RateLimiting;
using GameScheduler.Api.Infrastructure;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>The default limits against the rates they must allow and refuse.</summary>
public sealed class RateLimitDefaultsTests
{
    private static readonly RateLimitOptions Defaults = new();

    /// <summary>What the bucket grants per minute once its burst is spent.</summary>
    private static double SustainedPerMinute(TokenBucketRateLimiterOptions bucket) =>
        bucket.TokensPerPeriod * (TimeSpan.FromMinutes(1) / bucket.ReplenishmentPeriod);

    /// <summary>The most the bucket grants within <paramref name="window"/>, starting full.</summary>
    private static double MostWithin(TokenBucketRateLimiterOptions bucket, TimeSpan window) =>
        bucket.TokenLimit + bucket.TokensPerPeriod * Math.Ceiling(window / bucket.ReplenishmentPeriod);

    private static int GrantedAtOnce(TokenBucketRateLimiterOptions bucket, int requests)
    {
        using var limiter = new TokenBucketRateLimiter(bucket);
        return Enumerable.Range(0, requests).Count(_ =>
        {
            using var lease = limiter.AttemptAcquire();
            return lease.IsAcquired;
        });
    }

    [Fact]
    public void Sixty_login_starts_a_minute_from_one_address_are_allowed_for_as_long_as_they_last()
    {
        Assert.True(SustainedPerMinute(Defaults.Auth) >= 60);
    }

    [Fact]
    public void Four_hundred_login_starts_in_ten_seconds_from_one_address_get_some_refusals()
    {
        Assert.True(MostWithin(Defaults.Auth, TimeSpan.FromSeconds(10)) < 400);
        Assert.InRange(GrantedAtOnce(Defaults.Auth, 400), 1, 399);
    }

    [Fact]
    public void Three_hundred_logins_at_once_half_again_the_end_to_end_suites_peak_are_allowed()
    {
        Assert.Equal(300, GrantedAtOnce(Defaults.Auth, 300));
    }

    [Fact]
    public void Toggling_join_and_leave_is_held_to_one_a_second_once_the_burst_is_spent()
    {
        Assert.True(SustainedPerMinute(Defaults.Participation) <= 60);
        Assert.True(SustainedPerMinute(Defaults.Participation) < SustainedPerMinute(Defaults.Writes));
    }
}
