using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class UserDirectoryTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private static readonly UserProfile Anna = new("500000000000000001", "anna", "Anna", "hash-1");

    [Fact]
    public async Task A_new_user_is_stored_and_a_changed_profile_replaces_the_old_one()
    {
        await Service<UserDirectory>().EnsureAsync(Anna, Timeout);
        await Service<UserDirectory>().EnsureAsync(Anna with { DisplayName = "Anna K.", AvatarHash = null }, Timeout);

        var stored = await Db().Users.SingleAsync(user => user.Id == Anna.Id, Timeout);
        Assert.Equal(("anna", "Anna K.", (string?)null), (stored.Username, stored.DisplayName, stored.AvatarHash));
    }

    [Fact]
    public async Task A_profile_this_process_wrote_lately_is_not_written_again()
    {
        await Service<UserDirectory>().EnsureAsync(Anna, Timeout);
        await Db().Database.ExecuteSqlAsync($"UPDATE users SET display_name = 'Changed elsewhere' WHERE id = {Anna.Id}", Timeout);

        await Service<UserDirectory>().EnsureAsync(Anna, Timeout);

        Assert.Equal("Changed elsewhere", (await Db().Users.SingleAsync(user => user.Id == Anna.Id, Timeout)).DisplayName);
    }

    [Fact]
    public async Task Ensuring_inside_a_transaction_is_refused_since_a_rollback_would_leave_the_memo_wrong()
    {
        var db = Db();
        await using var transaction = await db.Database.BeginTransactionAsync(Timeout);

        using var recent = new RecentProfiles();
        await Assert.ThrowsAsync<InvalidOperationException>(() => new UserDirectory(db, recent, Time).EnsureAsync(Anna, Timeout));
    }
}
