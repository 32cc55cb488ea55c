using Npgsql;

namespace GameScheduler.Core.Data;

/// <summary>The statements of an <see cref="NpgsqlBatch"/>, for the SQL written for Npgsql directly.</summary>
internal static class BatchStatement
{
    public static NpgsqlBatchCommand Of(string sql, params IEnumerable<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        return command;
    }

    public static NpgsqlParameter<T> Value<T>(T value)
        where T : notnull => new() { TypedValue = value };
}
