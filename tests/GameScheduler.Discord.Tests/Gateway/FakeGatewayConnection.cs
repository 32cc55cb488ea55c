using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace GameScheduler.Discord.Tests.Gateway;

/// <summary>
/// The server side of one gateway socket, driven by a test. Heartbeats (op 1) are recorded apart and acknowledged at once
/// unless <see cref="AcknowledgeHeartbeats"/> is off; every other payload waits in order for <see cref="ExpectAsync"/>.
/// </summary>
internal sealed class FakeGatewayConnection
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket socket;
    private readonly Channel<JsonElement> payloads = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<(JsonElement Payload, DateTime At)> heartbeats = Channel.CreateUnbounded<(JsonElement, DateTime)>();
    private readonly TaskCompletionSource<int?> clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public FakeGatewayConnection(WebSocket socket, string pathAndQuery)
    {
        this.socket = socket;
        PathAndQuery = pathAndQuery;
        Finished = ReceiveLoopAsync();
    }

    /// <summary>Where the client connected, e.g. <c>/gateway?v=10&amp;encoding=json</c>.</summary>
    public string PathAndQuery { get; }

    public bool AcknowledgeHeartbeats { get; set; } = true;

    public Task Finished { get; }

    /// <summary>The close code the client sent, or null when the socket ended without one.</summary>
    public Task<int?> ClientClose => clientClose.Task;

    public Task SendHelloAsync(int heartbeatIntervalMs) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}},"_trace":["fake"]},"s":null,"t":null}""");

    public Task SendDispatchAsync(string name, int sequence, string data) =>
        SendAsync($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{name}}"}""");

    public Task SendOpAsync(int op, string data) => SendAsync($$"""{"op":{{op}},"d":{{data}},"s":null,"t":null}""");

    /// <summary>The next payload other than a heartbeat; fails unless it has opcode <paramref name="op"/>.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        var payload = await payloads.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal(op, payload.GetProperty("op").GetInt32());
        return payload.GetProperty("d");
    }

    /// <summary>The next heartbeat's data (the sequence it acknowledges) and when it arrived.</summary>
    public async Task<(JsonElement Sequence, DateTime At)> NextHeartbeatAsync(TimeSpan? timeout = null)
    {
        var (payload, at) = await heartbeats.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? Timeout);
        return (payload.GetProperty("d"), at);
    }

    public async Task CloseAsync(int code)
    {
        await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake gateway", CancellationToken.None);
        await Finished.WaitAsync(Timeout);
    }

    /// <summary>Drops the socket without a close frame, as a network failure would.</summary>
    public async Task DropAsync()
    {
        socket.Abort();
        await Finished.WaitAsync(Timeout);
    }

    public void Abort() => socket.Abort();

    private async Task SendAsync(string json)
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    clientClose.TrySetResult((int?)result.CloseStatus);
                    return;
                }

                await AcceptAsync(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            clientClose.TrySetResult(null);
        }
        finally
        {
            payloads.Writer.TryComplete();
            heartbeats.Writer.TryComplete();
        }
    }

    private async Task AcceptAsync(JsonElement payload)
    {
        if (payload.GetProperty("op").GetInt32() != 1)
        {
            await payloads.Writer.WriteAsync(payload);
            return;
        }

        await heartbeats.Writer.WriteAsync((payload, DateTime.UtcNow));
        if (AcknowledgeHeartbeats)
        {
            await SendOpAsync(11, "null");
        }
    }
}
