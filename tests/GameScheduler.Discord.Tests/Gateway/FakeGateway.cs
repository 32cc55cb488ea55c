using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GameScheduler.Discord.Tests.Gateway;

/// <summary>
/// A scripted Discord gateway on 127.0.0.1 (Kestrel, WebSockets): <c>GET /api/v10/gateway/bot</c> points at
/// <c>/gateway</c>, and <see cref="ResumeUrl"/> is a second path, so a test sees whether the client identified or resumed.
/// Each accepted socket is handed to the test as a <see cref="FakeGatewayConnection"/>.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    public const string SessionId = "session-1";

    private readonly WebApplication app;
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly System.Collections.Concurrent.ConcurrentBag<FakeGatewayConnection> accepted = [];

    // Requests stay open until the gateway stops, so aborting a socket never meets a disposed HttpContext.
    private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeGateway(WebApplication app) => this.app = app;

    public Uri ApiBaseUrl => new($"{HttpBase}/api/v10");

    public string ResumeUrl => $"{WebSocketBase}/resume";

    public int ConnectionCount => accepted.Count;

    private string HttpBase => app.Urls.Single();

    private string WebSocketBase => HttpBase.Replace("http://", "ws://", StringComparison.Ordinal);

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var gateway = new FakeGateway(builder.Build());
        gateway.Map();
        await gateway.app.StartAsync();
        return gateway;
    }

    /// <summary>The next socket the client opens, once it is open.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync() =>
        await connections.Reader.ReadAsync().AsTask().WaitAsync(FakeGatewayConnection.Timeout);

    /// <summary>Hello, Identify, READY with sequence 1; returns the connection once READY was raised.</summary>
    public async Task<FakeGatewayConnection> StartSessionAsync(GatewayHarness bot, int heartbeatIntervalMs = 30_000)
    {
        var connection = await NextConnectionAsync();
        await connection.SendHelloAsync(heartbeatIntervalMs);
        await connection.ExpectAsync(op: 2);
        await connection.SendDispatchAsync("READY", 1, GatewayPayloads.Ready(SessionId, ResumeUrl));
        await bot.NextEventAsync<Discord.Models.ReadyEvent>("READY");
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in accepted)
        {
            connection.Abort();
        }

        stopping.SetResult();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.UseWebSockets();
        app.MapGet("/api/v10/gateway/bot", () => Results.Json(new
        {
            url = $"{WebSocketBase}/gateway",
            shards = 1,
            session_start_limit = new { total = 1000, remaining = 999, reset_after = 0, max_concurrency = 1 },
        }));
        app.Map("/gateway", AcceptAsync);
        app.Map("/resume", AcceptAsync);
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString);
        accepted.Add(connection);
        await connections.Writer.WriteAsync(connection);
        await connection.Finished;
        await stopping.Task;
    }
}
