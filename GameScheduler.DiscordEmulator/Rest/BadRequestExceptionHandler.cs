using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// Request bodies or query values that cannot be bound: Discord errors (50109 invalid JSON, 50035
/// invalid form body) under /api/v10, problem details on the control API.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        if (httpContext.Request.Path.StartsWithSegments(DiscordApi.Prefix))
        {
            var error = badRequest.InnerException is JsonException ? DiscordError.InvalidJson : DiscordError.InvalidFormBody([]);
            await error.ExecuteAsync(httpContext);
            return true;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "Invalid request", Detail = badRequest.Message },
        });
    }
}
