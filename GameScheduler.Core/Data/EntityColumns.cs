using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GameScheduler.Core.Data;

/// <summary>
/// The columns of one entity's table as the EF model maps them, for SQL written for Npgsql directly: their names, a
/// reader that builds the entity from a row (as EF's own materializer does, through the same type mappings and value
/// converters) and the parameters that write it. Everything comes from the model, so a column added to the entity is
/// read and written by that SQL without touching it.
/// </summary>
internal sealed class EntityColumns<T>
    where T : class
{
    private static EntityColumns<T>? ofModel;

    private readonly IProperty[] properties;
    private readonly Func<DbDataReader, int, T> read;
    private readonly Func<T, object?>[] values;
    private readonly string[] dataTypeNames;
    private readonly int[] inserted;
    private readonly int keyIndex;
    private readonly string updateSql;
    private readonly string deleteSql;

    private EntityColumns(IEntityType entityType)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Table = entityType.GetTableName()!;
        properties = [.. entityType.GetProperties()];
        Names = [.. properties.Select(property => property.GetColumnName(table)!)];
        keyIndex = Array.IndexOf(properties, entityType.FindPrimaryKey()!.Properties.Single());
        read = Reader(properties);
        values = [.. properties.Select(Getter)];
        dataTypeNames = [.. properties.Select(property => property.GetRelationalTypeMapping().StoreTypeNameBase)];
        inserted = [.. Enumerable.Range(0, properties.Length)
            .Where(index => properties[index].GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.None)];

        InsertSql = $"INSERT INTO \"{Table}\" ({string.Join(", ", InsertedNames.Select(name => $"\"{name}\""))}) " +
            $"VALUES ({string.Join(", ", inserted.Select((_, position) => $"${position + 1}"))})";
        var assignments = Enumerable.Range(0, Names.Count).Where(index => index != keyIndex).Select(index => $"\"{Names[index]}\" = ${index + 1}");
        updateSql = $"UPDATE \"{Table}\" SET {string.Join(", ", assignments)} WHERE \"{Key}\" = ${keyIndex + 1}";
        deleteSql = $"DELETE FROM \"{Table}\" WHERE \"{Key}\" = $1";
    }

    public string Table { get; }

    /// <summary>Every column, in the order <see cref="Read"/> and <see cref="Values"/> take them.</summary>
    public IReadOnlyList<string> Names { get; }

    public string Key => Names[keyIndex];

    /// <summary>The columns an INSERT writes: all but those the database generates (identity columns).</summary>
    public IEnumerable<string> InsertedNames => inserted.Select(index => Names[index]);

    /// <summary><c>INSERT INTO table (...) VALUES ($1, ...)</c> of the columns in <see cref="InsertedNames"/>.</summary>
    public string InsertSql { get; }

    /// <summary>The columns of <typeparamref name="T"/> in <paramref name="model"/>, the context's one model, built once per process.</summary>
    public static EntityColumns<T> Of(IModel model) =>
        ofModel ??= new EntityColumns<T>(model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));

    public string Column(string propertyName) => Names[Array.FindIndex(properties, property => property.Name == propertyName)];

    /// <summary><c>alias."column", ...</c> for a select list.</summary>
    public string SelectList(string alias) => string.Join(", ", Names.Select(name => $"{alias}.\"{name}\""));

    /// <summary>The entity in the row's columns <paramref name="first"/> to <paramref name="first"/> + <see cref="Names"/>.Count - 1.</summary>
    public T Read(DbDataReader row, int first) => read(row, first);

    /// <summary>A setter of the navigation <paramref name="name"/>, for an entity <see cref="Read"/> built (the domain's navigations are init-only).</summary>
    public Action<T, TValue> NavigationSetter<TValue>(string name)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var value = Expression.Parameter(typeof(TValue), "value");
        var navigation = typeof(T).GetProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no {name}.", nameof(name));
        return Expression.Lambda<Action<T, TValue>>(Expression.Assign(Expression.Property(entity, navigation), value), entity, value).Compile();
    }

    /// <summary>The entity's column values as the database stores them, converters applied, in the order of <see cref="Names"/>.</summary>
    public object?[] Values(T entity) => [.. values.Select(value => value(entity))];

    /// <summary>Inserts a row of <see cref="Values"/>, leaving out the columns the database generates.</summary>
    public NpgsqlBatchCommand Insert(object?[] row) => Insert(InsertSql, row);

    /// <summary>Runs <paramref name="sql"/>, an <see cref="InsertSql"/> with a clause added, with a row of <see cref="Values"/>.</summary>
    public NpgsqlBatchCommand Insert(string sql, object?[] row) => BatchStatement.Of(sql, inserted.Select(index => Parameter(index, row[index])));

    /// <summary>Writes every column of a row of <see cref="Values"/> to the row with its key.</summary>
    public NpgsqlBatchCommand Update(object?[] row) =>
        BatchStatement.Of(updateSql, Enumerable.Range(0, row.Length).Select(index => Parameter(index, row[index])));

    public NpgsqlBatchCommand Delete(object?[] row) => BatchStatement.Of(deleteSql, Parameter(keyIndex, row[keyIndex]));

    /// <summary>Typed as the column, so that a null is sent with its type and each statement is prepared once.</summary>
    private NpgsqlParameter Parameter(int index, object? value) => new()
    {
        Value = value ?? DBNull.Value,
        DataTypeName = dataTypeNames[index],
    };

    private static Func<DbDataReader, int, T> Reader(IProperty[] properties)
    {
        var row = Expression.Parameter(typeof(DbDataReader), "row");
        var first = Expression.Parameter(typeof(int), "first");
        var isDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
        var bindings = properties.Select((property, index) =>
        {
            var ordinal = Expression.Add(first, Expression.Constant(index));
            var mapping = property.GetRelationalTypeMapping();
            var value = mapping.CustomizeDataReaderExpression(Expression.Call(row, mapping.GetDataReaderMethod(), ordinal));
            if (mapping.Converter is { } converter)
            {
                var fromProvider = converter.ConvertFromProviderExpression;
                value = ReplacingExpressionVisitor.Replace(fromProvider.Parameters[0], ConvertTo(value, fromProvider.Parameters[0].Type), fromProvider.Body);
            }
            value = ConvertTo(value, property.ClrType);
            if (property.IsNullable) value = Expression.Condition(Expression.Call(row, isDbNull, ordinal), Expression.Default(property.ClrType), value);
            return (MemberBinding)Expression.Bind(ClrProperty(property), value);
        });
        var entity = Expression.MemberInit(Expression.New(typeof(T)), bindings);
        return Expression.Lambda<Func<DbDataReader, int, T>>(entity, row, first).Compile();
    }

    private static Func<T, object?> Getter(IProperty property)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var getValue = Expression.Lambda<Func<T, object?>>(
            Expression.Convert(Expression.Property(entity, ClrProperty(property)), typeof(object)), entity).Compile();
        return property.GetRelationalTypeMapping().Converter is { } converter
            ? entity => getValue(entity) is { } value ? converter.ConvertToProvider(value) : null
            : getValue;
    }

    private static PropertyInfo ClrProperty(IProperty property) =>
        property.PropertyInfo ?? throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is not a CLR property.");

    private static Expression ConvertTo(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);
}
