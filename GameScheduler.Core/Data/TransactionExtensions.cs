using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Data;

internal static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction under the context's execution strategy (Aspire enables
    /// retries on transient failures). A retry starts from a clean change tracker, so the work re-reads what it needs.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this GameSchedulerDbContext db,
        Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // A failed save fails the whole transaction, which the strategy retries from the start, so a savepoint
            // around each save (EF's default inside a transaction) would only add two round trips to every change.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    public static Task InTransactionAsync(
        this GameSchedulerDbContext db,
        Func<CancellationToken, Task> work,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);
}
