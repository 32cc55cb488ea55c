using GameScheduler.Core.Participants;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// A game's buttons: Join and Leave on the announcement, the same rules the web's buttons call; "Still in" and "Drop" in
/// the DM to a player carried over to the next game of a series, clicked outside any server and so checked against the
/// clicker's seat. The custom_id only names the game; a forged or stale one, a game of another guild or a cancelled game
/// changes nothing.
/// </summary>
internal sealed class GameButtonHandler(ParticipationService participation)
{
    public async Task<OutgoingMessage> HandleAsync(Interaction interaction, CancellationToken ct)
    {
        if (!GameButtonId.TryParse(interaction.Data?.CustomId, out var button)) return InteractionReplies.UnknownButton;
        if (button.Action is GameButtonAction.ConfirmSeat or GameButtonAction.DropSeat)
        {
            if (interaction.Invoker is not { } user) return InteractionReplies.UnknownButton;
            return button.Action == GameButtonAction.ConfirmSeat
                ? InteractionReplies.ForConfirmSeat(await participation.ConfirmSeatAsync(user.Id, button.GameId, ct))
                : InteractionReplies.ForDropSeat(await participation.DropSeatAsync(user.Id, button.GameId, ct));
        }

        if (InteractionCaller.InGuild(interaction) is not { } caller) return InteractionReplies.NotInServer;
        return button.Action == GameButtonAction.Join
            ? InteractionReplies.ForJoin(await participation.JoinAsync(caller, button.GameId, ct))
            : InteractionReplies.ForLeave(await participation.LeaveAsync(caller, button.GameId, ct));
    }
}
