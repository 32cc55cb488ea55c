namespace GameScheduler.Api.Infrastructure;

/// <summary>What every route shares: the JSON wire format, errors as ProblemDetails, and the anti-forgery header rule.</summary>
public static class ApiConventions
{
    public static IServiceCollection AddApiConventions(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        // A body or parameter that cannot be bound throws in every environment, so BadRequestExceptionHandler can
        // name the field; otherwise production would answer a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DiscordUnavailableExceptionHandler>();
        services.AddExceptionHandler<BackingServiceUnavailableExceptionHandler>();
        return services;
    }

    /// <summary>Goes before authentication: a request without the anti-forgery header is refused before anything else.</summary>
    public static IApplicationBuilder UseApiConventions(this IApplicationBuilder app) =>
        app.UseExceptionHandler()
            .UseStatusCodePages()
            .UseRequestedWithHeaderCheck();
}
