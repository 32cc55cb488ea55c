using System.Text;
using System.Text.Json;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// A piece of the stream in its exact wire format, encoded once per event and shared by every connection it goes to.
/// Events have an <c>id:</c> and a single <c>data:</c> line and never an <c>event:</c> field, so a browser's
/// <c>EventSource.onmessage</c> receives them.
/// </summary>
public sealed class SseFrame
{
    private static readonly byte[] ResyncData = """{"type":"resync"}"""u8.ToArray();

    private SseFrame(string? eventId, byte[] utf8)
    {
        EventId = eventId;
        Utf8 = utf8;
    }

    /// <summary>The <c>id:</c> of an event frame; null for comments and for frames that move no position.</summary>
    public string? EventId { get; }

    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>A comment: EventSource ignores it, proxies see traffic.</summary>
    public static SseFrame KeepAlive { get; } = new(null, ": keepalive\n\n"u8.ToArray());

    public static SseFrame For(GameUpdate update) => Event(update.EventId, JsonSerializer.SerializeToUtf8Bytes(update));

    /// <summary>
    /// Tells the client to refetch: what it missed cannot be replayed. With a <paramref name="position"/>, a later
    /// reconnect resumes from there instead of asking for a resync again.
    /// </summary>
    public static SseFrame Resync(string? position) => Event(position, ResyncData);

    private static SseFrame Event(string? id, byte[] json)
    {
        var frame = new StringBuilder();
        if (id is not null)
        {
            frame.Append("id: ").Append(id).Append('\n');
        }

        frame.Append("data: ").Append(Encoding.UTF8.GetString(json)).Append("\n\n");
        return new SseFrame(id, Encoding.UTF8.GetBytes(frame.ToString()));
    }
}
