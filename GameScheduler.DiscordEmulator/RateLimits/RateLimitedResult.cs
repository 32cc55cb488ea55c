namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>Discord's 429 body: <c>{"message","retry_after","global"}</c>; headers are set by the filter.</summary>
public sealed class RateLimitedResult(RateLimitRejection rejection) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = Math.Round(Math.Max(rejection.RetryAfter.TotalSeconds, 0), 3);
        return httpContext.Response.WriteAsJsonAsync(new Body("You are being rate limited.", retryAfter, rejection.Global));
    }

    private sealed record Body(string Message, double RetryAfter, bool Global);
}
