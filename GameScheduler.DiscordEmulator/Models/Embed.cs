namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's embed object. Required members are nullable here so validation can name what is missing.</summary>
public sealed record Embed(
    string? Title,
    string? Type,
    string? Description,
    string? Url,
    DateTimeOffset? Timestamp,
    int? Color,
    EmbedFooter? Footer,
    EmbedMedia? Image,
    EmbedMedia? Thumbnail,
    EmbedAuthor? Author,
    IReadOnlyList<EmbedField>? Fields);

public sealed record EmbedFooter(string? Text, string? IconUrl);

public sealed record EmbedMedia(string? Url, int? Height, int? Width);

public sealed record EmbedAuthor(string? Name, string? Url, string? IconUrl);

public sealed record EmbedField(string? Name, string? Value, bool? Inline);
