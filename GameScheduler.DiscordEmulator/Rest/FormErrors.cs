using System.Text.Json.Nodes;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// Collects per-field problems into Discord's nested "errors" object of a 50035 answer, e.g.
/// <c>{"embeds":{"0":{"title":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"..."}]}}}}</c>.
/// </summary>
public sealed class FormErrors
{
    private readonly JsonObject _root = [];

    public bool IsEmpty => _root.Count == 0;

    /// <summary>Adds a problem at a dotted path ("embeds.0.title"); an empty path means the body itself.</summary>
    public void Add(string path, string code, string message)
    {
        var node = _root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = (node[segment] ??= new JsonObject()).AsObject();
        }

        var problems = (node["_errors"] ??= new JsonArray()).AsArray();
        problems.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public void Required(string path, object? value)
    {
        if (value is null or "")
        {
            Add(path, "BASE_TYPE_REQUIRED", "This field is required");
        }
    }

    public void MaxLength(string path, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public void MaxCount<T>(string path, IReadOnlyCollection<T>? items, int max)
    {
        if (items is not null && items.Count > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public void CountBetween<T>(string path, IReadOnlyCollection<T>? items, int min, int max)
    {
        var count = items?.Count ?? 0;
        if (count < min || count > max)
        {
            Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
        }
    }

    public DiscordError ToError() => DiscordError.InvalidFormBody(_root);
}
