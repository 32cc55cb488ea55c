using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Core.Participants;

/// <summary>
/// The one write path of a game's roster (joining, leaving, and the host's adding, removing and reordering), in two
/// round trips written for Npgsql directly because joining is the hottest write path: the first batch locks the game
/// and reads it with its guild, host and roster; the second writes what changed among the game's participants, the
/// profile of the user the change brings, the game.updated event and the game's <c>updated_at</c>, and commits.
/// Changes to one game happen one after another, each holding the game's row lock for the rules' decision and one
/// round trip.
/// </summary>
/// <remarks>
/// The roster is read by a statement of its own after the locking one: in READ COMMITTED each statement of a batch
/// takes its own snapshot, so it sees the roster the previous holder of the lock committed, whereas a statement that
/// waited for the lock sees every other table as it was before the wait. The profile is written after the game lock,
/// in the committing batch, so the user's row is held only until that commit, never while waiting for a game.
/// </remarks>
internal sealed class RosterTransaction : IAsyncDisposable
{
    private readonly GameSchedulerDbContext db;
    private readonly NpgsqlTransaction transaction;
    private readonly RosterStatements statements;
    private readonly Dictionary<Guid, object?[]> participantsRead;

    private RosterTransaction(GameSchedulerDbContext db, NpgsqlTransaction transaction, RosterStatements statements, Game? game)
    {
        this.db = db;
        this.transaction = transaction;
        this.statements = statements;
        Game = game;
        participantsRead = game?.Participants.ToDictionary(participant => participant.Id, statements.Participants.Values) ?? [];
    }

    /// <summary>The locked game with its guild, host and roster (participants with their users); null when there is none.</summary>
    public Game? Game { get; }

    /// <summary>
    /// Runs <paramref name="change"/> on the locked game under the context's execution strategy (Aspire enables retries
    /// on transient failures); a retry locks and reads the game again. Unless the change commits, it rolls back.
    /// </summary>
    public static Task<T> RunAsync<T>(
        GameSchedulerDbContext db,
        Guid gameId,
        Func<RosterTransaction, CancellationToken, Task<T>> change,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await BeginAsync(db, gameId, ct);
            return await change(transaction, ct);
        }, cancellationToken);

    /// <summary>
    /// Writes how <see cref="Game"/>'s participants differ from those read, with the game.updated event, the game's
    /// <see cref="Game.UpdatedAt"/> and <paramref name="profile"/>, and commits, in one round trip. Writes nothing when
    /// the participants are as read (the transaction then rolls back when disposed).
    /// </summary>
    /// <param name="before">The roster as read, to tell each user in the event what changed for them.</param>
    /// <param name="after">The roster now.</param>
    /// <param name="removal">What a disappearance from the roster means here.</param>
    /// <param name="profile">The profile of the user the change adds, written with it.</param>
    public async Task CommitAsync(
        Roster before,
        Roster after,
        DateTimeOffset now,
        ParticipantChangeKind removal,
        UserProfile? profile,
        CancellationToken ct)
    {
        var game = Game ?? throw new InvalidOperationException("There is no game to change.");
        var participantWrites = ParticipantWrites(game).ToList();
        if (participantWrites.Count == 0) return;

        var message = GameEventWriter.RosterChangedEvent(game, before, after, now, removal);
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        if (profile is not null) batch.BatchCommands.Add(ProfileUpsert.Command(db.Model, profile, now));
        foreach (var write in participantWrites) batch.BatchCommands.Add(write);
        batch.BatchCommands.Add(statements.OutboxMessages.Insert(statements.OutboxMessages.Values(message)));
        batch.BatchCommands.Add(BatchStatement.Of(statements.TouchGame, BatchStatement.Value(game.UpdatedAt), BatchStatement.Value(game.Id)));
        // Committing inside the batch saves the round trip of its own a commit would take, with the lock held.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Rolls back unless <see cref="CommitAsync"/> committed, and gives the connection back to the context.</summary>
    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>Begins the transaction on the context's connection and locks and reads the game.</summary>
    private static async Task<RosterTransaction> BeginAsync(GameSchedulerDbContext db, Guid gameId, CancellationToken ct)
    {
        var statements = RosterStatements.Of(db.Model);
        await db.Database.OpenConnectionAsync(ct);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await ((NpgsqlConnection)db.Database.GetDbConnection()).BeginTransactionAsync(ct);
            await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
            {
                BatchCommands =
                {
                    BatchStatement.Of(statements.LockGame, BatchStatement.Value(gameId)),
                    BatchStatement.Of(statements.ReadRoster, BatchStatement.Value(gameId)),
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(ct);
            var game = await reader.ReadAsync(ct) ? ReadGame(reader, statements) : null;
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                game?.Participants.Add(ReadParticipant(reader, statements));
            }

            return new RosterTransaction(db, transaction, statements, game);
        }
        catch
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private static Game ReadGame(NpgsqlDataReader row, RosterStatements statements)
    {
        var game = statements.Games.Read(row, 0);
        var guildFirst = statements.Games.Names.Count;
        var hostFirst = guildFirst + statements.Guilds.Names.Count;
        statements.SetGuild(game, statements.Guilds.Read(row, guildFirst));
        statements.SetHost(game, statements.Users.Read(row, hostFirst));
        return game;
    }

    private static Participant ReadParticipant(NpgsqlDataReader row, RosterStatements statements)
    {
        var participant = statements.Participants.Read(row, 0);
        var userFirst = statements.Participants.Names.Count;
        if (participant.UserId is not null) statements.SetUser(participant, statements.Users.Read(row, userFirst));
        return participant;
    }

    /// <summary>Deletes, updates and inserts that turn the participants read into the game's participants now.</summary>
    private IEnumerable<NpgsqlBatchCommand> ParticipantWrites(Game game)
    {
        var columns = statements.Participants;
        var current = game.Participants.Select(participant => participant.Id).ToHashSet();
        foreach (var (id, row) in participantsRead)
        {
            if (!current.Contains(id)) yield return columns.Delete(row);
        }
        foreach (var participant in game.Participants)
        {
            var row = columns.Values(participant);
            if (!participantsRead.TryGetValue(participant.Id, out var read)) yield return columns.Insert(row);
            else if (!read.SequenceEqual(row)) yield return columns.Update(row);
        }
    }
}
