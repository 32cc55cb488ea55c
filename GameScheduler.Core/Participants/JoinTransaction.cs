using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GameScheduler.Core.Participants;

/// <summary>
/// A join's transaction in two round trips, written for Npgsql directly because joining is the hottest write path:
/// the first batch locks the game and reads it with its roster, the second writes the newcomer, the event and the
/// game's <c>updated_at</c> and commits. Joins to one game still happen one after another, but each holds the game's
/// row lock for the rules' decision and one round trip, not for three round trips through EF Core.
/// </summary>
/// <remarks>
/// The roster is read by a statement of its own after the locking one: in READ COMMITTED each statement of a batch
/// takes its own snapshot, so it sees the roster the previous holder of the lock committed, whereas a statement that
/// waited for the lock sees every other table as it was before the wait.
/// </remarks>
internal sealed class JoinTransaction : IAsyncDisposable
{
    private const string LockGame = """
        SELECT g.id, g.guild_id, g.channel_id, g.template_id, g.host_id, g.title, g.description, g.scheduled_at,
               g.time_zone, g.duration_minutes, g.max_players, g."where", g.signup_method, g.reminder_minutes,
               g.allowed_player_role_ids, g.status, g.discord_message_id, g.created_at, g.updated_at,
               guild.name, guild.icon_hash, guild.owner_id, guild.bot_manager_role_ids, guild.created_at, guild.updated_at,
               host.username, host.display_name, host.avatar_hash, host.created_at, host.updated_at
        FROM games g
        JOIN guilds guild ON guild.id = g.guild_id
        JOIN users host ON host.id = g.host_id
        WHERE g.id = $1
        FOR UPDATE OF g
        """;

    private const string ReadRoster = """
        SELECT p.id, p.user_id, p.placeholder_name, p.position_type, p.position, p.joined_at,
               u.username, u.display_name, u.avatar_hash, u.created_at, u.updated_at
        FROM participants p
        LEFT JOIN users u ON u.id = p.user_id
        WHERE p.game_id = $1
        """;

    private const string InsertParticipant = """
        INSERT INTO participants (id, game_id, user_id, placeholder_name, position_type, position, joined_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    private const string InsertEvent = """
        INSERT INTO outbox_messages (id, type, routing_key, payload, occurred_at, traceparent, attempts)
        VALUES ($1, $2, $3, $4, $5, $6, 0)
        """;

    private const string TouchGame = "UPDATE games SET updated_at = $1 WHERE id = $2";

    private readonly GameSchedulerDbContext db;
    private readonly NpgsqlTransaction transaction;

    private JoinTransaction(GameSchedulerDbContext db, NpgsqlTransaction transaction, Game? game)
    {
        this.db = db;
        this.transaction = transaction;
        Game = game;
    }

    /// <summary>The locked game with its guild, host and roster (participants with their users); null when there is none.</summary>
    public Game? Game { get; }

    /// <summary>Begins the transaction on the context's connection and locks and reads the game.</summary>
    public static async Task<JoinTransaction> BeginAsync(GameSchedulerDbContext db, Guid gameId, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await ((NpgsqlConnection)db.Database.GetDbConnection()).BeginTransactionAsync(ct);
            await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
            {
                BatchCommands = { Command(LockGame, Value(gameId)), Command(ReadRoster, Value(gameId)) },
            };
            await using var reader = await batch.ExecuteReaderAsync(ct);
            var game = await reader.ReadAsync(ct) ? ReadGame(reader) : null;
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                game?.Participants.Add(ReadParticipant(reader, gameId));
            }

            return new JoinTransaction(db, transaction, game);
        }
        catch
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>Writes the newcomer, the event and the game's <see cref="Game.UpdatedAt"/>, and commits, in one round trip.</summary>
    public async Task CommitAsync(Participant newcomer, OutboxMessage message, CancellationToken ct)
    {
        var game = Game ?? throw new InvalidOperationException("There is no game to join.");
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
        {
            BatchCommands =
            {
                Command(InsertParticipant,
                    Value(newcomer.Id), Value(game.Id), Text(newcomer.UserId), Text(newcomer.PlaceholderName),
                    Value(UpperSnakeCaseText<PositionType>.Of(newcomer.PositionType)), Value(newcomer.Position), Value(newcomer.JoinedAt)),
                Command(InsertEvent,
                    Value(message.Id), Value(message.Type), Value(message.RoutingKey), Value(message.Payload),
                    Value(message.OccurredAt), Text(message.Traceparent)),
                Command(TouchGame, Value(game.UpdatedAt), Value(game.Id)),
                // Committing inside the batch saves the round trip of its own a commit would take, with the lock held.
                new NpgsqlBatchCommand("COMMIT"),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Rolls back unless <see cref="CommitAsync"/> committed, and gives the connection back to the context.</summary>
    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }

    private static Game ReadGame(NpgsqlDataReader row)
    {
        var guildId = row.GetString(1);
        var hostId = row.GetString(4);
        return new Game
        {
            Id = row.GetGuid(0),
            GuildId = guildId,
            ChannelId = row.GetString(2),
            TemplateId = row.IsDBNull(3) ? null : row.GetGuid(3),
            HostId = hostId,
            Title = row.GetString(5),
            Description = row.GetString(6),
            ScheduledAt = row.GetFieldValue<DateTimeOffset>(7),
            TimeZone = NullableString(row, 8),
            DurationMinutes = row.GetInt32(9),
            MaxPlayers = row.GetInt32(10),
            Where = row.GetString(11),
            SignupMethod = UpperSnakeCaseText<SignupMethod>.Parse(row.GetString(12)),
            ReminderMinutes = row.GetFieldValue<List<int>>(13),
            AllowedPlayerRoleIds = row.GetFieldValue<List<string>>(14),
            Status = UpperSnakeCaseText<GameStatus>.Parse(row.GetString(15)),
            DiscordMessageId = NullableString(row, 16),
            CreatedAt = row.GetFieldValue<DateTimeOffset>(17),
            UpdatedAt = row.GetFieldValue<DateTimeOffset>(18),
            Guild = new Guild
            {
                Id = guildId,
                Name = row.GetString(19),
                IconHash = NullableString(row, 20),
                OwnerId = row.GetString(21),
                BotManagerRoleIds = row.GetFieldValue<List<string>>(22),
                CreatedAt = row.GetFieldValue<DateTimeOffset>(23),
                UpdatedAt = row.GetFieldValue<DateTimeOffset>(24),
            },
            Host = ReadUser(row, hostId, 25),
        };
    }

    private static Participant ReadParticipant(NpgsqlDataReader row, Guid gameId)
    {
        var userId = NullableString(row, 1);
        return new Participant
        {
            Id = row.GetGuid(0),
            GameId = gameId,
            UserId = userId,
            User = userId is null ? null : ReadUser(row, userId, 6),
            PlaceholderName = NullableString(row, 2),
            PositionType = UpperSnakeCaseText<PositionType>.Parse(row.GetString(3)),
            Position = row.GetInt32(4),
            JoinedAt = row.GetFieldValue<DateTimeOffset>(5),
        };
    }

    /// <summary>A user's columns in the order both reads select them: username, display name, avatar, created, updated.</summary>
    private static User ReadUser(NpgsqlDataReader row, string userId, int first) => new()
    {
        Id = userId,
        Username = row.GetString(first),
        DisplayName = row.GetString(first + 1),
        AvatarHash = NullableString(row, first + 2),
        CreatedAt = row.GetFieldValue<DateTimeOffset>(first + 3),
        UpdatedAt = row.GetFieldValue<DateTimeOffset>(first + 4),
    };

    private static string? NullableString(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<T> Value<T>(T value)
        where T : notnull => new() { TypedValue = value };

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
