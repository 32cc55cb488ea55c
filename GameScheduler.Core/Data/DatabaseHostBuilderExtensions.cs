using Microsoft.Extensions.Hosting;

namespace GameScheduler.Core.Data;

/// <summary>The database connection of the services that run the rules: the Api and the Bot.</summary>
public static class DatabaseHostBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="GameSchedulerDbContext"/> on the AppHost's <c>gamescheduler</c> database, with
    /// <see cref="ConnectionTuning"/> applied. Without <paramref name="traceCommands"/> Npgsql creates no spans: it
    /// spells out each batch's SQL for a span before any sampler can decline it, about 7 % of the Api's allocations
    /// under load with nothing to send the spans to.
    /// </summary>
    public static IHostApplicationBuilder AddGameSchedulerDatabase(this IHostApplicationBuilder builder, bool traceCommands)
    {
        builder.AddNpgsqlDbContext<GameSchedulerDbContext>("gamescheduler",
            configureSettings: settings =>
            {
                settings.ConnectionString = ConnectionTuning.Apply(settings.ConnectionString);
                settings.DisableTracing = !traceCommands;
            },
            configureDbContextOptions: options => options.UseGameSchedulerConventions());
        return builder;
    }
}
