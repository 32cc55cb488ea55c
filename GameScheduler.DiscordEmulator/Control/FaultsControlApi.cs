using GameScheduler.DiscordEmulator.Faults;
using GameScheduler.DiscordEmulator.Gateway;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>
/// Fault injection: 429s or server errors on a route, and gateway trouble (a dropped socket, op 7, op 9, a close code)
/// for every connected bot socket.
/// </summary>
public static class FaultsControlApi
{
    public static RouteGroupBuilder MapFaultsControl(this RouteGroupBuilder control)
    {
        control.MapPost("/faults/rate-limit", InjectRateLimit);
        control.MapPost("/faults/outage", InjectOutage);
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

        if (!IsRouteTemplate(request.Route))
        {
            return RouteRequired;
        }

        if (request.Count is < 1 || request.RetryAfter is <= 0)
        {
            return ControlProblems.Invalid("count", "count must be at least 1 and retry_after positive.");
        }

        faults.Inject(request.Method, WithoutPrefix(request.Route), request.Count ?? 1, new InjectedRateLimit(request.RetryAfter ?? 1.0, request.Global ?? false));
        return TypedResults.NoContent();
    }

    private static Results<NoContent, ValidationProblem> InjectOutage(OutageFaultRequest request, OutageFaults faults)
    {
        if (string.IsNullOrWhiteSpace(request.Method))
        {
            return ControlProblems.Invalid("method", "An HTTP method is required.");
        }

        if (!IsRouteTemplate(request.Route))
        {
            return RouteRequired;
        }

        if (request.Status is < 500 or > 599)
        {
            return ControlProblems.Invalid("status", "status must be a server error between 500 and 599.");
        }

        if (request.Count is < 1)
        {
            return ControlProblems.Invalid("count", "count must be at least 1.");
        }

        faults.Inject(request.Method, WithoutPrefix(request.Route), request.Count ?? 1, new InjectedOutage(request.Status ?? 503));
        return TypedResults.NoContent();
    }

    private static ValidationProblem RouteRequired =>
        ControlProblems.Invalid("route", "A route template such as /channels/{channel_id}/messages is required.");

    private static bool IsRouteTemplate([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? route) =>
        !string.IsNullOrWhiteSpace(route) && route.StartsWith('/');

    private static string WithoutPrefix(string route) =>
        route.StartsWith(DiscordApi.Prefix + "/", StringComparison.Ordinal) ? route[DiscordApi.Prefix.Length..] : route;

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

    private sealed record OutageFaultRequest(string? Method, string? Route, int? Count, int? Status);

    private sealed record InvalidSessionRequest(bool Resumable);

    private sealed record CloseRequest(int Code);

    private sealed record GatewayFaultResult(int Connections);
}
