using System.Buffers;
using System.Text;

namespace GameScheduler.Core.Games;

/// <summary>
/// The text a game or template field may hold: well-formed Unicode without control characters, except tabs and line
/// breaks in multi-line fields. PostgreSQL cannot store a NUL, and the other control characters garble Discord embeds.
/// </summary>
public static class PlainText
{
    public static bool IsSingleLine(string text) => IsPlain(text, multiLine: false);

    public static bool IsMultiLine(string text) => IsPlain(text, multiLine: true);

    public static string SingleLineRule(string label) => $"{label} must be plain text without control characters.";

    public static string MultiLineRule(string label) => $"{label} must be plain text without control characters other than tabs and line breaks.";

    private static bool IsPlain(ReadOnlySpan<char> text, bool multiLine)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done) return false;
            if (Rune.IsControl(rune) && !(multiLine && rune.Value is '\t' or '\n' or '\r')) return false;
            text = text[consumed..];
        }
        return true;
    }
}
