using GameScheduler.Core.Games;

namespace GameScheduler.Core.Participants;

/// <summary>
/// Where a player the host adds goes: into a free seat, ahead of everyone who signed up by themselves; or, when every
/// seat is taken, onto the waitlist behind the confirmed players and the host's earlier picks. Nobody loses a seat to
/// them.
/// </summary>
public static class HostPlacement
{
    /// <summary>Adds <paramref name="newcomer"/> to the game's participants as host-added, in the place described above.</summary>
    public static void Add(Game game, Participant newcomer)
    {
        var roster = Roster.Of(game);
        if (roster.Confirmed.Count >= game.MaxPlayers)
        {
            // Host-added players sort first, so the confirmed players are pinned in their order as host-placed: the
            // newcomer, placed after every host pick, then sorts behind them and ahead of the waiting self-signups.
            var pinned = roster.Confirmed.Concat(roster.Waitlisted.Where(participant => participant.PositionType == PositionType.HostAdded));
            var position = 0;
            foreach (var participant in pinned)
            {
                participant.PositionType = PositionType.HostAdded;
                participant.Position = position++;
            }
        }

        newcomer.PositionType = PositionType.HostAdded;
        newcomer.Position = game.Participants
            .Where(participant => participant.PositionType == PositionType.HostAdded)
            .Select(participant => participant.Position + 1)
            .DefaultIfEmpty(0)
            .Max();
        game.Participants.Add(newcomer);
    }
}
