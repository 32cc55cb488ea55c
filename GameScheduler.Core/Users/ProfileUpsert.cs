using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GameScheduler.Core.Users;

/// <summary>
/// The statement that writes a profile to the users table: inserts the user, or updates the row when the profile
/// differs from it (an unchanged profile leaves the row and its <see cref="User.UpdatedAt"/> alone).
/// </summary>
internal static class ProfileUpsert
{
    private static string? sql;

    public static NpgsqlBatchCommand Command(IModel model, UserProfile profile, DateTimeOffset now)
    {
        var users = EntityColumns<User>.Of(model);
        return users.Insert(sql ??= Sql(users), users.Values(profile.ToUser(now)));
    }

    private static string Sql(EntityColumns<User> users)
    {
        var timestamps = new[] { users.Column(nameof(User.CreatedAt)), users.Column(nameof(User.UpdatedAt)) };
        var profileColumns = users.Names.Where(name => name != users.Key && !timestamps.Contains(name)).Select(name => $"\"{name}\"").ToList();
        var updatedAt = $"\"{users.Column(nameof(User.UpdatedAt))}\"";
        return $"""
            {users.InsertSql}
            ON CONFLICT ("{users.Key}") DO UPDATE SET
                {string.Join(", ", profileColumns.Append(updatedAt).Select(column => $"{column} = excluded.{column}"))}
            WHERE ({string.Join(", ", profileColumns.Select(column => $"\"{users.Table}\".{column}"))})
                IS DISTINCT FROM ({string.Join(", ", profileColumns.Select(column => $"excluded.{column}"))})
            """;
    }
}
