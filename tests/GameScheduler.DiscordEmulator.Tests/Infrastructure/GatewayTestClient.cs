using System.Net.WebSockets;

namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

/// <summary>A bare gateway client over <see cref="ClientWebSocket"/>: the tests drive every opcode by hand.</summary>
public sealed class GatewayTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private const int GuildsAndMembersIntents = (1 << 0) | (1 << 1);

    private readonly ClientWebSocket _socket = new();

    private GatewayTestClient()
    {
    }

    /// <summary>The sequence number of the last dispatch received, for heartbeats and Resume.</summary>
    public int? LastSequence { get; private set; }

    public WebSocketState State => _socket.State;

    /// <summary>Connects and reads Hello (op 10), returning its heartbeat interval.</summary>
    public static async Task<(GatewayTestClient Client, int HeartbeatInterval)> ConnectAsync(Uri gateway)
    {
        var client = new GatewayTestClient();
        using var timeout = new CancellationTokenSource(Timeout);
        await client._socket.ConnectAsync(gateway, timeout.Token);
        var hello = await client.ReceiveAsync();
        Assert.Equal(10, hello.GetProperty("op").GetInt32());
        return (client, hello.GetProperty("d").GetProperty("heartbeat_interval").GetInt32());
    }

    /// <summary>Connects and identifies with the GUILDS and GUILD_MEMBERS intents, READY read.</summary>
    public static async Task<GatewayTestClient> ConnectIdentifiedAsync(Uri gateway)
    {
        var (client, _) = await ConnectAsync(gateway);
        await client.IdentifyAndReadReadyAsync();
        return client;
    }

    public Task SendAsync(int op, object? data)
    {
        var frame = JsonSerializer.SerializeToUtf8Bytes(new { op, d = data });
        return _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).WaitAsync(Timeout);
    }

    public Task IdentifyAsync(string token = Seed.BotToken, int intents = GuildsAndMembersIntents) =>
        SendAsync(2, new { token, intents, properties = new { os = "linux", browser = "tests", device = "tests" } });

    public Task ResumeAsync(string sessionId, int sequence, string token = Seed.BotToken) =>
        SendAsync(6, new { token, session_id = sessionId, seq = sequence });

    /// <summary>Identifies and returns READY's payload.</summary>
    public async Task<JsonElement> IdentifyAndReadReadyAsync()
    {
        await IdentifyAsync();
        return (await ReceiveDispatchAsync("READY")).GetProperty("d");
    }

    /// <summary>The next frame; fails when the server closes or drops the socket instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            throw new InvalidOperationException($"The gateway closed the socket with {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}.");
        }

        var payload = JsonSerializer.Deserialize<JsonElement>(message.ToArray());
        if (payload.GetProperty("s").ValueKind == JsonValueKind.Number)
        {
            LastSequence = payload.GetProperty("s").GetInt32();
        }

        return payload;
    }

    /// <summary>Reads frames until a dispatch of the given event, skipping others.</summary>
    public async Task<JsonElement> ReceiveDispatchAsync(string eventName)
    {
        while (true)
        {
            var payload = await ReceiveAsync();
            if (payload.GetProperty("op").GetInt32() == 0 && payload.GetProperty("t").GetString() == eventName)
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the server's close frame and returns its code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int)_socket.CloseStatus!.Value;
            }
        }
    }

    /// <summary>Waits until the server drops the connection without a close frame.</summary>
    public async Task ExpectDroppedAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var exception = await Assert.ThrowsAsync<WebSocketException>(async () =>
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
                Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            }
        });
        Assert.Equal(WebSocketError.ConnectionClosedPrematurely, exception.WebSocketErrorCode);
    }

    public async Task CloseAsync(WebSocketCloseStatus status)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.CloseAsync(status, "test done", timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

public static class GatewayPayloadExtensions
{
    public static int Op(this JsonElement payload) => payload.GetProperty("op").GetInt32();

    public static string? EventName(this JsonElement payload) => payload.GetProperty("t").GetString();

    public static int Sequence(this JsonElement payload) => payload.GetProperty("s").GetInt32();

    public static JsonElement Data(this JsonElement payload) => payload.GetProperty("d");
}
