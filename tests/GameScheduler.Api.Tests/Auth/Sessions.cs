using GameScheduler.Api.Auth;

namespace GameScheduler.Api.Tests.Auth;

internal static class Sessions
{
    public static readonly DateTimeOffset LoggedInAt = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static Session Anna() => new("1300000000000000003", "anna", "Anna", null, "sealed-access", "sealed-refresh",
        new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), LoggedInAt);
}
