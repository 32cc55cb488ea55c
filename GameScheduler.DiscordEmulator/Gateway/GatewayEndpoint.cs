using System.Net.WebSockets;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>The gateway WebSocket at /gateway?v=10&amp;encoding=json.</summary>
public static class GatewayEndpoint
{
    private const string Path = "/gateway";

    /// <summary>The gateway URL as this request reached the emulator, for /gateway/bot and resume_gateway_url.</summary>
    public static string UrlFor(HttpRequest request) => $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{Path}";

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder app)
    {
        app.Map(Path, AcceptAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task AcceptAsync(HttpContext context, IServiceProvider services)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        if (RefusalFor(context.Request.Query) is { } closeCode)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, GatewayCloseCodes.Reason(closeCode), context.RequestAborted);
            return;
        }

        var transport = ActivatorUtilities.CreateInstance<GatewaySocket>(services, socket, context);
        var connection = ActivatorUtilities.CreateInstance<GatewayConnection>(services, transport, UrlFor(context.Request));
        await connection.RunAsync(context.RequestAborted);
    }

    /// <summary>The emulator speaks API v10 in JSON; Discord closes other versions with 4012 and unknown encodings with 4002.</summary>
    private static int? RefusalFor(IQueryCollection query)
    {
        string? version = query["v"];
        string? encoding = query["encoding"];
        if (version is not null && version != "10")
        {
            return GatewayCloseCodes.InvalidApiVersion;
        }

        return encoding is not null && encoding != "json" ? GatewayCloseCodes.DecodeError : null;
    }
}
