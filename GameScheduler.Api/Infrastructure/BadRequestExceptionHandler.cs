using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// Turns a body or parameter the framework could not bind (a string where a number belongs, a malformed time) into a
/// 400 ProblemDetails naming the field, instead of the 500 an unhandled exception would give.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        context.Response.StatusCode = badRequest.StatusCode;
        var field = (badRequest.InnerException as JsonException)?.Path?.TrimStart('$', '.');
        var details = new HttpValidationProblemDetails(string.IsNullOrEmpty(field)
            ? new Dictionary<string, string[]>()
            : new Dictionary<string, string[]> { [field] = ["This value has the wrong type or format."] })
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read",
            Detail = string.IsNullOrEmpty(field) ? "The request body is not valid JSON for this endpoint." : $"'{field}' has the wrong type or format.",
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
