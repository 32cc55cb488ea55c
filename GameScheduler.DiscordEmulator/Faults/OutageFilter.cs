using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.Rest;

namespace GameScheduler.DiscordEmulator.Faults;

/// <summary>Runs in front of every REST endpoint: answers a request an injected outage matches with its server error.</summary>
public sealed class OutageFilter(OutageFaults faults) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var route = ApiRoute.Of(context.HttpContext);
        return faults.TryConsume(route.Method, route.Template) is { } outage
            ? new DiscordError(outage.Status, 0, $"{outage.Status}: Server Error")
            : await next(context);
    }
}
