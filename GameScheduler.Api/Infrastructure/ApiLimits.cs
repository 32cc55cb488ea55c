namespace GameScheduler.Api.Infrastructure;

/// <summary>What one client may ask of the Api: rate limits (<see cref="RateLimiting"/>) and the request body's size.</summary>
public static class ApiLimits
{
    public static IServiceCollection AddApiLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestLimitOptions>(configuration.GetSection(RequestLimitOptions.SectionName));
        return services.AddApiRateLimits(configuration);
    }

    /// <summary>Goes after authentication, whose user the per-user limits count, and before authorization.</summary>
    public static IApplicationBuilder UseApiLimits(this IApplicationBuilder app) =>
        app.UseRequestBodyLimit().UseRateLimiter();
}
