using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class ModelTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public void The_committed_migrations_match_the_model()
    {
        Assert.False(Db().Database.HasPendingModelChanges(), "The model changed: add a migration with `dotnet ef migrations add`.");
    }
}
