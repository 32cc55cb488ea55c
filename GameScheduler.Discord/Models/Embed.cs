namespace GameScheduler.Discord.Models;

/// <summary>A rich embed. <see cref="Color"/> is an RGB integer; <see cref="Timestamp"/> shows in each viewer's time zone.</summary>
public sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    DateTimeOffset? Timestamp = null,
    int? Color = null,
    EmbedFooter? Footer = null,
    EmbedAuthor? Author = null,
    IReadOnlyList<EmbedField>? Fields = null);

public sealed record EmbedField(string Name, string Value, bool? Inline = null);

public sealed record EmbedFooter(string Text, string? IconUrl = null);

public sealed record EmbedAuthor(string Name, string? Url = null, string? IconUrl = null);
