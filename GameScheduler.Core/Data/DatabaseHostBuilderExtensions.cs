using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Core.Data;

/// <summary>The database connection of the services that run the rules: the Api and the Bot.</summary>
public static class DatabaseHostBuilderExtensions
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Registers <see cref="GameSchedulerDbContext"/> on the AppHost's <c>gamescheduler</c> database, with
    /// <see cref="ConnectionTuning"/> applied. Transient failures are retried for about three seconds, not the minute
    /// of EF Core's defaults: long enough to ride out a restart, short enough that a click or request during an outage
    /// is soon told to try again rather than left hanging. Without <paramref name="traceCommands"/> Npgsql creates no
    /// spans: it spells out each batch's SQL for a span before any sampler can decline it, about 7 % of the Api's
    /// allocations under load with nothing to send the spans to.
    /// </summary>
    public static IHostApplicationBuilder AddGameSchedulerDatabase(this IHostApplicationBuilder builder, bool traceCommands)
    {
        builder.AddNpgsqlDbContext<GameSchedulerDbContext>("gamescheduler",
            configureSettings: settings =>
            {
                settings.ConnectionString = ConnectionTuning.Apply(settings.ConnectionString);
                settings.DisableTracing = !traceCommands;
            },
            configureDbContextOptions: options => options
                .UseGameSchedulerConventions()
                .UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorCodesToAdd: null)));
        return builder;
    }
}
