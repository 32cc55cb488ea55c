using System.Text.Json;
using Npgsql;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The stored state of some guilds, read straight from the graph's database as one JSON text: the guilds with their
/// channels, roles and templates, the given games with their participants and schedule, and how many games and users
/// exist. Equal texts mean nothing a request could change there did change.
/// </summary>
public static class DatabaseSnapshot
{
    private const string Query = """
        select json_build_object(
          'guilds', (select json_agg(g order by g.id) from guilds g where g.id = any(@guilds)),
          'channels', (select json_agg(c order by c.id) from channels c where c.guild_id = any(@guilds)),
          'roles', (select json_agg(r order by r.id) from roles r where r.guild_id = any(@guilds)),
          'templates', (select json_agg(t order by t.id) from templates t where t.guild_id = any(@guilds)),
          'games', (select json_agg(g order by g.id) from games g where g.id = any(@games)),
          'participants', (select json_agg(p order by p.id) from participants p where p.game_id = any(@games)),
          'schedule', (select json_agg(s order by s.game_id, s.due_at, s.kind) from schedule_entries s where s.game_id = any(@games)),
          'game_count', (select count(*) from games),
          'user_count', (select count(*) from users))::text
        """;

    public static async Task<string> TakeAsync(GraphFixture graph, string[] guildIds, Guid[] gameIds)
    {
        var connectionString = await graph.App.GetConnectionStringAsync("gamescheduler")
            ?? throw new InvalidOperationException("No connection string for gamescheduler.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().WaitAsync(ApiSession.RequestTimeout);
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("guilds", guildIds);
        command.Parameters.AddWithValue("games", gameIds);
        return (string)(await command.ExecuteScalarAsync().WaitAsync(ApiSession.RequestTimeout))!;
    }

    /// <summary>Each row (or count) that differs between two snapshots, before and after, one line each.</summary>
    public static IEnumerable<string> Differences(string before, string after)
    {
        using var old = JsonDocument.Parse(before);
        using var now = JsonDocument.Parse(after);
        foreach (var table in old.RootElement.EnumerateObject())
        {
            var was = Rows(table.Value);
            var isNow = Rows(now.RootElement.GetProperty(table.Name));
            foreach (var row in was.Except(isNow)) yield return $"{table.Name} had {row}";
            foreach (var row in isNow.Except(was)) yield return $"{table.Name} has {row}";
        }
    }

    private static List<string> Rows(JsonElement table) =>
        table.ValueKind == JsonValueKind.Array ? [.. table.EnumerateArray().Select(row => row.GetRawText())] : [table.GetRawText()];
}
