using System.Text.Json;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>What a JSON body field holds, as far as choosing values it must refuse goes.</summary>
public enum FieldKind
{
    Text,
    Id,
    Integer,
    DateTime,
    Uuid,
    Boolean,
    Enum,
    Object,
    TextList,
    IdList,
    IntegerList,
    UuidList,
}

/// <summary>A property of a request body; an object's own properties are in <see cref="Fields"/>.</summary>
public sealed record BodyField(string Name, FieldKind Kind, IReadOnlyList<BodyField> Fields);

/// <summary>One operation of the Api's OpenAPI document: its method, path template and what it reads from the request.</summary>
public sealed record ApiOperation(
    HttpMethod Method,
    string PathTemplate,
    IReadOnlyList<string> PathParameters,
    IReadOnlyList<string> QueryParameters,
    IReadOnlyList<BodyField>? BodyFields)
{
    public override string ToString() => $"{Method} {PathTemplate}";

    /// <summary>Reads every operation of an OpenAPI 3 document (<c>/openapi/v1.json</c>).</summary>
    public static IReadOnlyList<ApiOperation> AllOf(JsonElement document)
    {
        var schemas = document.GetProperty("components").TryGetProperty("schemas", out var found) ? found : default;
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(entry => entry.Name != "parameters"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                operations.Add(new ApiOperation(
                    new HttpMethod(operation.Name.ToUpperInvariant()),
                    path.Name,
                    NamesIn(parameters, "path"),
                    NamesIn(parameters, "query"),
                    BodyOf(operation.Value, schemas)));
            }
        }

        return operations;
    }

    private static List<string> NamesIn(List<JsonElement> parameters, string location) =>
        [.. parameters.Where(parameter => parameter.GetProperty("in").GetString() == location)
            .Select(parameter => parameter.GetProperty("name").GetString()!)];

    private static IReadOnlyList<BodyField>? BodyOf(JsonElement operation, JsonElement schemas) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? FieldsOf(Resolve(json.GetProperty("schema"), schemas), schemas, depth: 0)
            : null;

    private static List<BodyField> FieldsOf(JsonElement schema, JsonElement schemas, int depth) =>
        schema.TryGetProperty("properties", out var properties)
            ? [.. properties.EnumerateObject().Select(property => FieldOf(property.Name, Resolve(property.Value, schemas), schemas, depth))]
            : [];

    private static BodyField FieldOf(string name, JsonElement schema, JsonElement schemas, int depth)
    {
        var types = TypesOf(schema);
        if (types.Contains("array"))
        {
            var items = schema.TryGetProperty("items", out var itemSchema) ? Resolve(itemSchema, schemas) : default;
            var itemKind = items.ValueKind == JsonValueKind.Object ? ScalarKind(name, items) : FieldKind.Text;
            var kind = itemKind switch
            {
                FieldKind.Integer => FieldKind.IntegerList,
                FieldKind.Uuid => FieldKind.UuidList,
                _ when name.EndsWith("_ids", StringComparison.Ordinal) => FieldKind.IdList,
                _ => FieldKind.TextList,
            };
            return new BodyField(name, kind, []);
        }

        // One level of nesting is enough to reach every object the Api reads (a game's recurrence).
        return types.Contains("object") || schema.TryGetProperty("properties", out _)
            ? new BodyField(name, FieldKind.Object, depth == 0 ? FieldsOf(schema, schemas, depth + 1) : [])
            : new BodyField(name, ScalarKind(name, schema), []);
    }

    private static FieldKind ScalarKind(string name, JsonElement schema)
    {
        var types = TypesOf(schema);
        var format = schema.TryGetProperty("format", out var value) ? value.GetString() : null;
        return format switch
        {
            "date-time" => FieldKind.DateTime,
            "uuid" => FieldKind.Uuid,
            _ when schema.TryGetProperty("enum", out _) => FieldKind.Enum,
            _ when types.Contains("integer") || types.Contains("number") => FieldKind.Integer,
            _ when types.Contains("boolean") => FieldKind.Boolean,
            _ when name.EndsWith("_id", StringComparison.Ordinal) => FieldKind.Id,
            _ => FieldKind.Text,
        };
    }

    /// <summary>The schema a <c>$ref</c> (or a nullable <c>oneOf</c>/<c>anyOf</c> around one) stands for.</summary>
    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var choices)
                && choices.EnumerateArray().FirstOrDefault(choice => !TypesOf(choice).SequenceEqual(["null"])) is { ValueKind: JsonValueKind.Object } chosen)
            {
                return Resolve(chosen, schemas);
            }
        }

        return schema.TryGetProperty("$ref", out var reference)
            ? Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas)
            : schema;
    }

    private static string[] TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(entry => entry.GetString()!)]
        : [type.GetString()!];
}
