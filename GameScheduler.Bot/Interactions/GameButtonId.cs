using System.Diagnostics.CodeAnalysis;

namespace GameScheduler.Bot.Interactions;

internal enum GameButtonAction
{
    Join,
    Leave,

    /// <summary>A carried-over player keeps their seat on the next game of a series ("Still in").</summary>
    ConfirmSeat,

    /// <summary>A carried-over player gives up their seat ("Drop").</summary>
    DropSeat,
}

/// <summary>
/// The custom_id of a game's buttons: <c>join_game:{game id}</c> and <c>leave_game:{game id}</c> on the announcement,
/// <c>confirm_game:{game id}</c> and <c>drop_game:{game id}</c> in the DM to a carried-over player. Anyone can send any
/// custom_id, so a click is trusted for nothing but which game it names; the rules decide the rest.
/// </summary>
internal sealed record GameButtonId(GameButtonAction Action, Guid GameId)
{
    private const int GuidLength = 36;

    private static readonly (GameButtonAction Action, string Prefix)[] Prefixes =
    [
        (GameButtonAction.Join, "join_game:"),
        (GameButtonAction.Leave, "leave_game:"),
        (GameButtonAction.ConfirmSeat, "confirm_game:"),
        (GameButtonAction.DropSeat, "drop_game:"),
    ];

    public static string Join(Guid gameId) => new GameButtonId(GameButtonAction.Join, gameId).ToString();

    public static string Leave(Guid gameId) => new GameButtonId(GameButtonAction.Leave, gameId).ToString();

    public static string ConfirmSeat(Guid gameId) => new GameButtonId(GameButtonAction.ConfirmSeat, gameId).ToString();

    public static string DropSeat(Guid gameId) => new GameButtonId(GameButtonAction.DropSeat, gameId).ToString();

    public override string ToString() => $"{Prefixes.Single(entry => entry.Action == Action).Prefix}{GameId:D}";

    public static bool TryParse(string? customId, [NotNullWhen(true)] out GameButtonId? button)
    {
        button = null;
        if (customId is null) return false;
        foreach (var (action, prefix) in Prefixes)
        {
            if (customId.StartsWith(prefix, StringComparison.Ordinal)) button = Parse(action, customId[prefix.Length..]);
        }
        return button is not null;
    }

    // The length check refuses the surrounding whitespace that Guid parsing would forgive.
    private static GameButtonId? Parse(GameButtonAction action, string gameId) =>
        gameId.Length == GuidLength && Guid.TryParseExact(gameId, "D", out var id) ? new GameButtonId(action, id) : null;
}
