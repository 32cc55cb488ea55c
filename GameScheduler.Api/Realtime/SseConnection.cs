using System.Collections.Concurrent;
using System.Threading.Channels;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// One open stream: whose it is, which guilds it listens to, and a bounded queue of frames waiting to be written. The
/// bound is the memory a slow client may cost: when it is full the connection is cut off (the browser reconnects and
/// catches up through replay or a resync) instead of queueing without end.
/// </summary>
public sealed class SseConnection
{
    private readonly Channel<SseFrame> _frames;
    private readonly ConcurrentDictionary<string, byte> _guildIds;
    private readonly CancellationTokenSource _cutOff = new();

    public SseConnection(string userId, IEnumerable<string> guildIds, int bufferSize)
    {
        UserId = userId;
        _guildIds = new ConcurrentDictionary<string, byte>(guildIds.Select(id => KeyValuePair.Create(id, (byte)0)));
        _frames = Channel.CreateBounded<SseFrame>(new BoundedChannelOptions(bufferSize)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string UserId { get; }

    /// <summary>The guilds whose events this stream still receives.</summary>
    public IReadOnlyCollection<string> GuildIds => [.. _guildIds.Keys];

    public ChannelReader<SseFrame> Frames => _frames.Reader;

    /// <summary>Cancelled when the client fell behind, so a write blocked on its full socket gives up at once.</summary>
    public CancellationToken CutOff => _cutOff.Token;

    public bool Subscribes(string guildId) => _guildIds.ContainsKey(guildId);

    /// <summary>Queues a frame; false when the buffer was full (the connection is then cut off) or already cut off.</summary>
    public bool Offer(SseFrame frame)
    {
        if (_frames.Writer.TryWrite(frame))
        {
            return true;
        }

        if (_frames.Writer.TryComplete())
        {
            _cutOff.Cancel();
        }

        return false;
    }

    /// <summary>Ends the stream once what is queued has been written; the browser reconnects and catches up.</summary>
    public void Close() => _frames.Writer.TryComplete();

    /// <summary>Stops this stream's events of a guild; false when it was not subscribed to it.</summary>
    internal bool Unsubscribe(string guildId) => _guildIds.TryRemove(guildId, out _);
}
