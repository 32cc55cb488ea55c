using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using StackExchange.Redis;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// PostgreSQL or Valkey out of reach (stopped, restarting, failing over) is an outage the caller can wait out: a 503
/// problem with <c>Retry-After</c>, instead of the 500 an unhandled exception would give. Only failures the drivers
/// call transient count; anything else is a bug and stays a 500.
/// </summary>
public sealed class BackingServiceUnavailableExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<BackingServiceUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (Outage(exception) is not { } service)
        {
            return false;
        }

        logger.LogWarning("{Service} is unavailable: {Reason}", service, exception.Message);
        return await ServiceUnavailableProblem.WriteAsync(problemDetails, context, RetryAfter, "Service temporarily unavailable",
            "A service GameScheduler depends on did not answer. Nothing was changed; try again in a few seconds.");
    }

    /// <summary>Which backing service failed, looking through the wrappers EF Core's retries and others put around it.</summary>
    private static string? Outage(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case NpgsqlException { IsTransient: true }:
                    return "PostgreSQL";
                case RedisConnectionException or RedisTimeoutException:
                    return "Valkey";
            }
        }

        return null;
    }
}
