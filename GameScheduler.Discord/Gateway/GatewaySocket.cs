using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace GameScheduler.Discord.Gateway;

/// <summary>One WebSocket to the gateway, speaking JSON text frames. Sends are serialised: heartbeats and replies share it.</summary>
internal sealed class GatewaySocket : IDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);

    /// <summary>The code the gateway closed with, once it has.</summary>
    public int? CloseCode => (int?)socket.CloseStatus;

    public static async Task<GatewaySocket> ConnectAsync(Uri url, CancellationToken ct)
    {
        var gateway = new GatewaySocket();
        try
        {
            await gateway.socket.ConnectAsync(url, ct);
            return gateway;
        }
        catch
        {
            gateway.Dispose();
            throw;
        }
    }

    public async Task SendAsync(GatewayOpcode op, object? data, CancellationToken ct)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new OutgoingGatewayPayload(op, data), DiscordJson.Options);
        await sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <returns>The next payload, or null once the gateway has closed the socket (see <see cref="CloseCode"/>).</returns>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken ct)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(16 * 1024), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await EchoCloseAsync();
                return null;
            }

            message.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonSerializer.Deserialize<GatewayPayload>(message.WrittenSpan, DiscordJson.Options);
            }
        }
    }

    /// <summary>Closes with <paramref name="code"/>, waiting briefly for the gateway: a zombie connection may never answer.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
    }

    private async Task EchoCloseAsync()
    {
        if (socket.State == WebSocketState.CloseReceived)
        {
            // 1005 and 1006 describe a close without a code; they cannot be sent back.
            await CloseAsync(CloseCode is { } code and not (1005 or 1006) ? code : (int)WebSocketCloseStatus.NormalClosure, "");
        }
    }
}
