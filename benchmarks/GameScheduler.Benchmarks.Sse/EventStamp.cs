using System.Diagnostics;

namespace GameScheduler.Benchmarks.Sse;

/// <summary>
/// Event ids that carry their own publish time: a sequence number and a <see cref="Stopwatch"/> timestamp packed into
/// the Guid. Stopwatch reads the machine's monotonic clock, which the server and client processes share.
/// </summary>
public static class EventStamp
{
    public static Guid Create(long sequence, long publishedAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], sequence);
        BitConverter.TryWriteBytes(bytes[8..], publishedAt);
        return new Guid(bytes);
    }

    public static (long Sequence, long PublishedAt) Read(Guid eventId)
    {
        Span<byte> bytes = stackalloc byte[16];
        eventId.TryWriteBytes(bytes);
        return (BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]));
    }
}
