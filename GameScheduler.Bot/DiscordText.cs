using System.Text;

namespace GameScheduler.Bot;

/// <summary>Text as Discord shows it: timestamps every viewer sees in their own time zone, escaped names, lengths within limits.</summary>
internal static class DiscordText
{
    // Characters that would turn a user-chosen name into formatting or a masked link. Underscores stay: Discord italicizes
    // only paired ones, and escaping them would garble the many usernames that contain one.
    private const string MarkdownCharacters = "\\*~`|[]<>";

    /// <summary>For example "Friday, 3 January 2031 20:00 (in 2 days)", in the viewer's time zone and language.</summary>
    public static string When(DateTimeOffset at) => $"{FullTime(at)} ({RelativeTime(at)})";

    public static string FullTime(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds()}:F>";

    public static string RelativeTime(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds()}:R>";

    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m} min",
    };

    public static string Bold(string text) => $"**{Escape(text)}**";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (MarkdownCharacters.Contains(character)) escaped.Append('\\');
            escaped.Append(character);
        }
        return escaped.ToString();
    }

    /// <summary>The text, cut to at most <paramref name="maxLength"/> characters with an ellipsis when it was longer.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
