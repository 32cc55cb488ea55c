namespace GameScheduler.DiscordEmulator.Models;

/// <summary>
/// A message component as Discord sends it: one shape for action rows (type 1), buttons (type 2)
/// and select menus (types 3, 5-8); members that do not apply to a type are absent.
/// </summary>
public sealed record MessageComponent(
    int Type,
    int? Id,
    int? Style,
    string? Label,
    ComponentEmoji? Emoji,
    string? CustomId,
    string? Url,
    bool? Disabled,
    string? Placeholder,
    int? MinValues,
    int? MaxValues,
    IReadOnlyList<SelectOption>? Options,
    IReadOnlyList<MessageComponent>? Components)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;
    public const int LinkButtonStyle = 5;
    public const int PremiumButtonStyle = 6;

    public static bool IsSelectMenu(int type) => type is StringSelectType or >= 5 and <= 8;

    public IEnumerable<MessageComponent> SelfAndDescendants() =>
        (Components ?? []).SelectMany(child => child.SelfAndDescendants()).Prepend(this);
}

public sealed record ComponentEmoji(string? Id, string? Name, bool? Animated);

public sealed record SelectOption(string? Label, string? Value, string? Description, ComponentEmoji? Emoji, bool? Default);
