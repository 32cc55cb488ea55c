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
    public async Task An_unchanged_profile_leaves_the_row_as_it_was()
    {
        await Service<UserDirectory>().EnsureAsync(Anna, Timeout);
        var written = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(5));

        await Service<UserDirectory>().EnsureAsync(Anna, Timeout);

        var stored = await Db().Users.SingleAsync(user => user.Id == Anna.Id, Timeout);
        Assert.Equal((written, written), (stored.CreatedAt, stored.UpdatedAt));
    }
}
