namespace GameScheduler.Discord.Rest;

/// <summary>
/// One REST call's route. <see cref="Template"/> (e.g. <c>/channels/{channel_id}/messages</c>) and
/// <see cref="TopLevelResource"/> (the channel, guild, webhook or interaction it acts on) decide its rate-limit bucket;
/// <see cref="Path"/> is where it goes. Paths of webhook and interaction routes hold tokens: log the template instead.
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string TopLevelResource)
{
    private static readonly string[] SingleIdResources = ["/channels/", "/guilds/"];
    private static readonly string[] IdAndTokenResources = ["/webhooks/", "/interactions/"];

    /// <summary>Method and template: the key under which Discord's bucket hash for this route is learned.</summary>
    public string Key => $"{Method.Method} {Template}";

    /// <summary>Interaction callbacks and webhooks do not count toward the bot's global limit.</summary>
    public bool IsExemptFromGlobalLimit => StartsWithAny(Template, IdAndTokenResources);

    /// <summary>Fills the template's <c>{placeholders}</c>, in order, with the escaped <paramref name="values"/>.</summary>
    public static RestRoute Create(HttpMethod method, string template, params string[] values)
    {
        var path = new System.Text.StringBuilder();
        var next = 0;
        var position = 0;
        while (template.IndexOf('{', position) is var open and >= 0)
        {
            var close = template.IndexOf('}', open);
            path.Append(template, position, open - position).Append(Uri.EscapeDataString(values[next++]));
            position = close + 1;
        }

        if (next != values.Length)
        {
            throw new ArgumentException($"{template} has {next} placeholders, {values.Length} values were given.", nameof(values));
        }

        path.Append(template, position, template.Length - position);
        return new RestRoute(method, template, path.ToString(), TopLevel(template, values));
    }

    public RestRoute WithQuery(IEnumerable<KeyValuePair<string, string>> parameters) => this with
    {
        Path = $"{Path}?{string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"))}",
    };

    private static string TopLevel(string template, string[] values) =>
        StartsWithAny(template, SingleIdResources) ? values[0]
        : StartsWithAny(template, IdAndTokenResources) ? $"{values[0]}/{values[1]}"
        : "";

    private static bool StartsWithAny(string template, string[] prefixes) =>
        prefixes.Any(p => template.StartsWith(p, StringComparison.Ordinal));
}
