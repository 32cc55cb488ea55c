using GameScheduler.DiscordEmulator.Faults;

namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>429s injected through the control API: matching requests are refused.</summary>
public sealed class RateLimitFaults : InjectedFaults<InjectedRateLimit>;

public sealed record InjectedRateLimit(double RetryAfterSeconds, bool Global);
