using System.Diagnostics.CodeAnalysis;

namespace GameScheduler.Bot.Interactions;

internal enum GameButtonAction
{
    Join,
    Leave,
}

/// <summary>
/// The custom_id of an announcement's buttons, <c>join_game:{game id}</c> or <c>leave_game:{game id}</c>. Anyone can send
/// any custom_id, so a click is trusted for nothing but which game it names; the rules decide the rest.
/// </summary>
internal sealed record GameButtonId(GameButtonAction Action, Guid GameId)
{
    private const string JoinPrefix = "join_game:";
    private const string LeavePrefix = "leave_game:";
    private const int GuidLength = 36;

    public static string Join(Guid gameId) => new GameButtonId(GameButtonAction.Join, gameId).ToString();

    public static string Leave(Guid gameId) => new GameButtonId(GameButtonAction.Leave, gameId).ToString();

    public override string ToString() => $"{(Action == GameButtonAction.Join ? JoinPrefix : LeavePrefix)}{GameId:D}";

    public static bool TryParse(string? customId, [NotNullWhen(true)] out GameButtonId? button)
    {
        button = customId switch
        {
            not null when customId.StartsWith(JoinPrefix, StringComparison.Ordinal) => Parse(GameButtonAction.Join, customId[JoinPrefix.Length..]),
            not null when customId.StartsWith(LeavePrefix, StringComparison.Ordinal) => Parse(GameButtonAction.Leave, customId[LeavePrefix.Length..]),
            _ => null,
        };
        return button is not null;
    }

    // The length check refuses the surrounding whitespace that Guid parsing would forgive.
    private static GameButtonId? Parse(GameButtonAction action, string gameId) =>
        gameId.Length == GuidLength && Guid.TryParseExact(gameId, "D", out var id) ? new GameButtonId(action, id) : null;
}
