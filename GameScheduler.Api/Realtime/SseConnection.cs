using System.Threading.Channels;

namespace GameScheduler.Api.Realtime;

/// <summary>One open stream: who it belongs to, which guilds it listens to, and its bounded queue of events.</summary>
public sealed class SseConnection(string userId, IReadOnlySet<string> guildIds, int bufferSize)
{
    private readonly Channel<GameUpdate> _events = Channel.CreateBounded<GameUpdate>(new BoundedChannelOptions(bufferSize)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public Guid Id { get; } = Guid.NewGuid();

    public string UserId { get; } = userId;

    public IReadOnlySet<string> GuildIds { get; } = guildIds;

    public ChannelReader<GameUpdate> Events => _events.Reader;

    /// <summary>Queues an event; a client too slow to drain its buffer is cut off (it reconnects and resyncs).</summary>
    public void Offer(GameUpdate update)
    {
        if (!_events.Writer.TryWrite(update))
        {
            _events.Writer.TryComplete(new SlowConsumerException());
        }
    }

    /// <summary>Ends the stream, e.g. when the user lost access to one of its guilds.</summary>
    public void Close() => _events.Writer.TryComplete();

    public sealed class SlowConsumerException() : Exception("The client did not keep up with its events.");
}
