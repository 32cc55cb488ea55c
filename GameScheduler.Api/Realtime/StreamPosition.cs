using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GameScheduler.Api.Realtime;

/// <summary>A place in the replay streams: a Valkey stream entry id, <c>&lt;unix milliseconds&gt;-&lt;sequence&gt;</c>.</summary>
public readonly record struct StreamPosition(long Milliseconds, long Sequence) : IComparable<StreamPosition>
{
    private static readonly long LatestMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds);

    public static bool TryParse([NotNullWhen(true)] string? text, out StreamPosition position)
    {
        position = default;
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || milliseconds > LatestMilliseconds)
        {
            return false;
        }

        position = new StreamPosition(milliseconds, sequence);
        return true;
    }

    public static StreamPosition Parse(string text) =>
        TryParse(text, out var position) ? position : throw new FormatException($"'{text}' is not a stream position.");

    public int CompareTo(StreamPosition other) =>
        Milliseconds != other.Milliseconds ? Milliseconds.CompareTo(other.Milliseconds) : Sequence.CompareTo(other.Sequence);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds}-{Sequence}");
}
