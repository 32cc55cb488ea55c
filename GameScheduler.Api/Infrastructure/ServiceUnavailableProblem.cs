namespace GameScheduler.Api.Infrastructure;

/// <summary>The answer to an outage the caller can wait out: a 503 problem with <c>Retry-After</c>.</summary>
public static class ServiceUnavailableProblem
{
    public static ValueTask<bool> WriteAsync(IProblemDetailsService problemDetails, HttpContext context, TimeSpan retryAfter, string title, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
        return problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }
}
