namespace GameScheduler.Discord.Models;

/// <summary>
/// <c>GET /gateway/bot</c>: where to connect, how many shards Discord recommends, and how many new sessions
/// (Identifies) remain before <see cref="SessionStartLimit.ResetAfter"/> milliseconds.
/// </summary>
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);

public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
