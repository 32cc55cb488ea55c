using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every GameScheduler service shares: telemetry, health endpoints, service discovery and
/// resilient HTTP clients.
/// </summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    /// <summary>Activity sources of the project's own code, exported alongside the framework's.</summary>
    public static readonly string[] ActivitySourceNames = ["GameScheduler.*"];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var exportsTelemetry = builder.ExportsTelemetry();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("GameScheduler.*"))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddSource(ActivitySourceNames)
                    // Health probes and SSE keep-alives would drown the traces that matter.
                    .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                    .AddHttpClientInstrumentation();
                // With nowhere to send spans, recording them only costs: each would still gather its tags.
                // Unrecorded spans still carry the trace context into the outbox and the broker's headers.
                if (!exportsTelemetry) tracing.SetSampler(new AlwaysOffSampler());
            });

        if (exportsTelemetry)
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Whether an OTLP endpoint is configured: without one, recorded spans and their tags go nowhere.</summary>
    public static bool ExportsTelemetry(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> runs every check (databases, cache, broker), with 200 from <paramref name="readyFrom"/> up and 503
    /// below; it answers JSON naming each check in Development and the overall status alone elsewhere. <c>/alive</c> only
    /// says the process is up.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, HealthStatus readyFrom = HealthStatus.Degraded)
    {
        var health = new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Degraded] = readyFrom <= HealthStatus.Degraded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            },
        };
        // Probes need only the status; the checks' names and errors would tell anyone which backing service fails.
        if (app.Environment.IsDevelopment())
        {
            health.ResponseWriter = WriteHealthReportAsync;
        }

        app.MapHealthChecks(HealthEndpointPath, health);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains("live"),
        });
        return app;
    }

    private static Task WriteHealthReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
