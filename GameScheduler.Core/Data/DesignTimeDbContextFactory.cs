using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GameScheduler.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model; it never connects to this placeholder database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GameSchedulerDbContext>
{
    public GameSchedulerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GameSchedulerDbContext>()
            .UseNpgsql("Host=localhost;Database=gamescheduler")
            .UseGameSchedulerConventions()
            .Options);
}
