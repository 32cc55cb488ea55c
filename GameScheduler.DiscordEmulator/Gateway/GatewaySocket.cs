using System.Net.WebSockets;
using System.Threading.Channels;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>
/// The transport of one gateway connection. Frames go out through a queue drained by a single
/// writer, because a WebSocket allows one send at a time and dispatches arrive from any thread;
/// complete text messages come in through a callback.
/// </summary>
public sealed partial class GatewaySocket(WebSocket socket, HttpContext http, ILogger<GatewaySocket> logger)
{
    /// <summary>Discord refuses client payloads larger than this.</summary>
    private const int MaxPayloadBytes = 4096;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _lifetime = new();
    private volatile bool _closing;

    /// <summary>True when the client closed with 1000 or 1001, which ends a Discord session.</summary>
    public bool ClosedNormallyByClient { get; private set; }

    /// <summary>Runs until the socket closes; <paramref name="onMessage"/> receives every complete text message.</summary>
    public async Task RunAsync(Action<ReadOnlyMemory<byte>> onMessage, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        var sending = SendLoopAsync(linked.Token);
        try
        {
            await ReceiveLoopAsync(onMessage, linked.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            LogConnectionLost(logger, exception.Message);
        }
        finally
        {
            _outbox.Writer.TryComplete();
            // Let queued frames, such as the answer to a client's close, go out; a dead socket does not hold us long.
            await Task.WhenAny(sending, Task.Delay(CloseHandshakeTimeout, CancellationToken.None));
            await _lifetime.CancelAsync();
            await sending;
            _lifetime.Dispose();
        }
    }

    /// <summary>Queues a text frame; never blocks. Frames queued after a close are dropped.</summary>
    public void Send(byte[] frame)
    {
        if (!_closing)
        {
            _outbox.Writer.TryWrite(new Outgoing(frame, CloseCode: null));
        }
    }

    /// <summary>Queues a close frame with a gateway close code, once.</summary>
    public void Close(int code)
    {
        if (!_closing)
        {
            _closing = true;
            _outbox.Writer.TryWrite(new Outgoing(Frame: null, code));
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a network failure would.</summary>
    public void Abort()
    {
        _closing = true;
        socket.Abort();
        http.Abort();
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var outgoing in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                if (outgoing.CloseCode is { } code)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, GatewayCloseCodes.Reason(code), cancellationToken);
                    // The client should answer with its own close frame; do not wait for it forever.
                    _lifetime.CancelAfter(CloseHandshakeTimeout);
                    return;
                }

                if (outgoing.Frame is { } frame)
                {
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            LogSendStopped(logger, exception.Message);
        }
    }

    private async Task ReceiveLoopAsync(Action<ReadOnlyMemory<byte>> onMessage, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPayloadBytes];
        while (true)
        {
            var length = 0;
            var oversized = false;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    oversized = true;
                    length = 0;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                AnswerClientClose();
                return;
            }

            if (_closing)
            {
                continue;
            }

            if (oversized || result.MessageType != WebSocketMessageType.Text)
            {
                Close(GatewayCloseCodes.DecodeError);
                continue;
            }

            onMessage(buffer.AsMemory(0, length));
        }
    }

    private void AnswerClientClose()
    {
        if (_closing)
        {
            return;
        }

        var status = socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure;
        ClosedNormallyByClient = status is WebSocketCloseStatus.NormalClosure or WebSocketCloseStatus.EndpointUnavailable;
        Close((int)status);
    }

    private sealed record Outgoing(byte[]? Frame, int? CloseCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection lost: {Reason}")]
    private static partial void LogConnectionLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway sends stopped: {Reason}")]
    private static partial void LogSendStopped(ILogger logger, string reason);
}
