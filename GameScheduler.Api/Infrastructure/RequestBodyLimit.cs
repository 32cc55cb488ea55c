using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// Holds every request body to <see cref="RequestLimitOptions.MaxRequestBodyBytes"/>: a declared length beyond it is
/// refused before the body is read, and a body without one is cut off by the server when it grows past it; both are a
/// 413 problem.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            await next(context);
        });

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        title: "Request body too large",
        detail: $"A request body may hold at most {limit} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
