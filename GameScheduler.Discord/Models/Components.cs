using System.Text.Json.Serialization;

namespace GameScheduler.Discord.Models;

/// <summary>A row of message components (type 1); the product only puts buttons in rows.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    [JsonPropertyOrder(-1)]
    public int Type => 1;
}

/// <summary>
/// A button (type 2). Every style but <see cref="ButtonStyle.Link"/> needs a <see cref="CustomId"/> that comes back in the
/// interaction when it is clicked; a link button needs a <see cref="Url"/> instead.
/// </summary>
public sealed record Button(
    ButtonStyle Style,
    string? Label = null,
    string? CustomId = null,
    string? Url = null,
    bool? Disabled = null)
{
    [JsonPropertyOrder(-1)]
    public int Type => 2;
}

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
