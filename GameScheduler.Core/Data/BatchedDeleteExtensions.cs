using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Data;

internal static class BatchedDeleteExtensions
{
    /// <summary>
    /// Deletes the rows of <paramref name="rows"/> <paramref name="batchSize"/> at a time, each batch a statement of its
    /// own, so purging a large backlog never holds many row locks or one long transaction. Returns how many it deleted.
    /// </summary>
    public static async Task<int> ExecuteDeleteInBatchesAsync<T>(this IQueryable<T> rows, int batchSize, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await rows.Take(batchSize).ExecuteDeleteAsync(ct);
            total += deleted;
        }
        while (deleted == batchSize);
        return total;
    }
}
