namespace GameScheduler.Discord.Gateway;

/// <summary>
/// Delay before reconnect attempt n (n failed attempts in a row): the base delay doubled per failure, capped, and scaled by
/// a random factor in [0.5, 1) so that many clients dropped at once do not come back in step.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int consecutiveFailures, GatewayClientOptions options)
    {
        var exponent = Math.Min(consecutiveFailures, 16);
        var ceiling = TimeSpan.FromTicks(Math.Min(options.MaxReconnectDelay.Ticks, options.ReconnectDelay.Ticks * (1L << exponent)));
        return ceiling * (0.5 + options.Jitter() / 2);
    }
}
