using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Rest;
using Microsoft.AspNetCore.Diagnostics;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// Discord answering with a server error, or not answering at all, is an outage the caller can wait out: a 503 problem
/// with <c>Retry-After</c>, instead of the 500 an unhandled exception would give.
/// </summary>
public sealed class DiscordUnavailableExceptionHandler(IProblemDetailsService problemDetails, ILogger<DiscordUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsDiscordOutage(exception, context.RequestAborted))
        {
            return false;
        }

        logger.LogWarning("Discord is unavailable: {Reason}", exception.Message);
        return await ServiceUnavailableProblem.WriteAsync(problemDetails, context, RetryAfter, "Discord is unavailable",
            "Discord did not answer as it should. Try again in a few seconds.");
    }

    /// <summary>A 5xx from Discord, no connection to it, or its client's timeout (not the caller giving up).</summary>
    private static bool IsDiscordOutage(Exception exception, CancellationToken requestAborted) => exception switch
    {
        DiscordOAuthException { StatusCode: >= 500 } => true,
        DiscordApiException { Status: >= System.Net.HttpStatusCode.InternalServerError } => true,
        HttpRequestException => true,
        TaskCanceledException { InnerException: TimeoutException } => !requestAborted.IsCancellationRequested,
        _ => false,
    };
}
