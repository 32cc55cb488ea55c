using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Data;

public static class GameSchedulerDbContextOptions
{
    /// <summary>
    /// The conventions the model and its migrations were built with (snake_case names). Applied where the context is
    /// registered, not in OnConfiguring, because Aspire's AddNpgsqlDbContext pools contexts and pooling forbids it.
    /// </summary>
    public static TBuilder UseGameSchedulerConventions<TBuilder>(this TBuilder options)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSnakeCaseNamingConvention();
        return options;
    }
}
