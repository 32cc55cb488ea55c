using GameScheduler.Core.Participants;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// The Join and Leave buttons: the same rule the web's buttons call, which commits the change with its event. The
/// custom_id only names the game; a forged or stale one, a game of another guild or a cancelled game changes nothing.
/// </summary>
internal sealed class GameButtonHandler(ParticipationService participation)
{
    public async Task<OutgoingMessage> HandleAsync(Interaction interaction, CancellationToken ct)
    {
        if (!GameButtonId.TryParse(interaction.Data?.CustomId, out var button)) return InteractionReplies.UnknownButton;
        if (InteractionCaller.InGuild(interaction) is not { } caller) return InteractionReplies.NotInServer;

        return button.Action == GameButtonAction.Join
            ? InteractionReplies.ForJoin(await participation.JoinAsync(caller, button.GameId, ct))
            : InteractionReplies.ForLeave(await participation.LeaveAsync(caller, button.GameId, ct));
    }
}
