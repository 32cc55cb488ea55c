using Microsoft.AspNetCore.Diagnostics;

namespace GameScheduler.Api.Auth;

/// <summary>A session that ended in the middle of a request answers like a missing one: 401, log in again.</summary>
public sealed class SessionEndedExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not SessionEndedException)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        SessionCookie.Delete(context);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "Session ended", Detail = "Log in with Discord again." },
        });
    }
}
