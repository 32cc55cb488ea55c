namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// Every state-changing request under /api/ must carry <c>X-Requested-With: XMLHttpRequest</c>. A cross-site form
/// cannot set that header, and a cross-site script cannot send it without a CORS preflight this Api never grants;
/// together with SameSite=Lax session cookies that closes cross-site request forgery.
/// </summary>
public static class AntiForgeryMiddleware
{
    public const string HeaderName = "X-Requested-With";
    public const string HeaderValue = "XMLHttpRequest";

    public static IApplicationBuilder UseRequestedWithHeaderCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsStateChanging(context.Request) && context.Request.Headers[HeaderName] != HeaderValue)
            {
                await TypedResults.Problem(
                    title: "Missing anti-forgery header",
                    detail: $"State-changing requests must send the header '{HeaderName}: {HeaderValue}'.",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    internal static bool IsStateChanging(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));
}
