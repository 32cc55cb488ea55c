namespace GameScheduler.Discord.Models;

/// <summary>
/// A message breaks one of Discord's documented limits and was not sent (Discord would answer 400).
/// <see cref="Limit"/> names the limit, e.g. "embed title".
/// </summary>
public sealed class DiscordLimitException(string limit, int actual, int maximum, string where)
    : ArgumentException($"{where}: {limit} is {actual}, Discord allows at most {maximum}.")
{
    public string Limit { get; } = limit;

    public int Actual { get; } = actual;

    public int Maximum { get; } = maximum;
}
