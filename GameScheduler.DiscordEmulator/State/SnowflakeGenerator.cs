namespace GameScheduler.DiscordEmulator.State;

/// <summary>
/// Discord snowflakes: milliseconds since the Discord epoch in the top 42 bits, then worker, process
/// and a per-millisecond increment, so ids sort by creation time.
/// </summary>
public sealed class SnowflakeGenerator(TimeProvider time)
{
    private static readonly DateTimeOffset DiscordEpoch = DateTimeOffset.FromUnixTimeMilliseconds(1420070400000);
    private const int WorkerId = 1;
    private const int ProcessId = 1;
    private const int MaxIncrement = 4095;

    private readonly Lock _gate = new();
    private long _lastMilliseconds;
    private int _increment;

    public string Next()
    {
        var milliseconds = (long)(time.GetUtcNow() - DiscordEpoch).TotalMilliseconds;
        lock (_gate)
        {
            // Never go backwards, even if the clock does, so ids stay unique and ordered.
            if (milliseconds <= _lastMilliseconds)
            {
                milliseconds = _lastMilliseconds;
                _increment++;
                if (_increment > MaxIncrement)
                {
                    milliseconds++;
                    _increment = 0;
                }
            }
            else
            {
                _increment = 0;
            }

            _lastMilliseconds = milliseconds;
            var id = (milliseconds << 22) | (WorkerId << 17) | (ProcessId << 12) | (long)_increment;
            return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
