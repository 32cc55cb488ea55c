using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// Fault injection: 429s on a route, and gateway trouble (a dropped socket, op 7, op 9, a close code)
/// for every connected bot socket.
/// </summary>
public static class FaultsControlApi
{
    public static RouteGroupBuilder MapFaultsControl(this RouteGroupBuilder control)
    {
        control.MapPost("/faults/rate-limit", InjectRateLimit);
        var gateway = control.MapGroup("/gateway");
        gateway.MapPost("/disconnect", Disconnect);
        gateway.MapPost("/reconnect", Reconnect);
        gateway.MapPost("/invalid-session", InvalidateSessions);
        gateway.MapPost("/close", Close);
        return control;
    }

    private static Results<NoContent, ValidationProblem> InjectRateLimit(RateLimitFaultRequest request, RateLimitFaults faults)
    {
        if (string.IsNullOrWhiteSpace(request.Method))
        {
            return ControlProblems.Invalid("method", "An HTTP method is required.");
        }

        if (string.IsNullOrWhiteSpace(request.Route) || !request.Route.StartsWith('/'))
        {
            return ControlProblems.Invalid("route", "A route template such as /channels/{channel_id}/messages is required.");
        }

        if (request.Count is < 1 || request.RetryAfter is <= 0)
        {
            return ControlProblems.Invalid("count", "count must be at least 1 and retry_after positive.");
        }

        var route = request.Route.StartsWith(DiscordApi.Prefix + "/", StringComparison.Ordinal)
            ? request.Route[DiscordApi.Prefix.Length..]
            : request.Route;
        faults.Inject(request.Method, route, request.Count ?? 1, request.RetryAfter ?? 1.0, request.Global ?? false);
        return TypedResults.NoContent();
    }

    private static Ok<GatewayFaultResult> Disconnect(GatewaySessions sessions) =>
        ForEachConnection(sessions, connection => connection.Abort());

    private static Ok<GatewayFaultResult> Reconnect(GatewaySessions sessions) =>
        ForEachConnection(sessions, connection => connection.RequestReconnect());

    private static Ok<GatewayFaultResult> InvalidateSessions(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] InvalidSessionRequest? request,
        GatewaySessions sessions) =>
        ForEachConnection(sessions, connection => connection.InvalidateSession(request?.Resumable ?? false));

    private static Results<Ok<GatewayFaultResult>, ValidationProblem> Close(CloseRequest request, GatewaySessions sessions)
    {
        if (!GatewayCloseCodes.IsSendable(request.Code))
        {
            return ControlProblems.Invalid("code", "A WebSocket close code between 1000 and 4999 is required.");
        }

        return ForEachConnection(sessions, connection => connection.Close(request.Code));
    }

    private static Ok<GatewayFaultResult> ForEachConnection(GatewaySessions sessions, Action<GatewayConnection> fault)
    {
        var connections = sessions.Connections();
        foreach (var connection in connections)
        {
            fault(connection);
        }

        return TypedResults.Ok(new GatewayFaultResult(connections.Count));
    }

    private sealed record RateLimitFaultRequest(string? Method, string? Route, int? Count, double? RetryAfter, bool? Global);

    private sealed record InvalidSessionRequest(bool Resumable);

    private sealed record CloseRequest(int Code);

    private sealed record GatewayFaultResult(int Connections);
}
