using System.Globalization;

namespace GameScheduler.Discord.Models;

/// <summary>Discord ids carry their creation time: milliseconds since the Discord epoch in the top 42 bits.</summary>
public static class Snowflake
{
    public static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeMilliseconds(1420070400000);

    /// <summary>When Discord created the thing with this id, or null when the id is not a snowflake.</summary>
    public static DateTimeOffset? CreatedAt(string id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Epoch.AddMilliseconds(value >> 22)
            : null;

    /// <summary>The smallest id created at <paramref name="time"/>.</summary>
    public static string At(DateTimeOffset time) =>
        ((ulong)(time - Epoch).TotalMilliseconds << 22).ToString(CultureInfo.InvariantCulture);
}
