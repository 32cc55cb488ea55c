using GameScheduler.Core.Games;

namespace GameScheduler.Core.Participants;

/// <summary>
/// A game's participants in roster order — (position type, position, joined at) — split into the confirmed
/// players and the waitlist. A snapshot: later changes to the game do not change it.
/// </summary>
public sealed class Roster
{
    private static readonly IComparer<Participant> RosterOrder = Comparer<Participant>.Create((left, right) =>
    {
        // Enum.CompareTo takes an object and would box both values on every comparison.
        var byType = Comparer<PositionType>.Default.Compare(left.PositionType, right.PositionType);
        if (byType != 0) return byType;
        var byPosition = left.Position.CompareTo(right.Position);
        if (byPosition != 0) return byPosition;
        var byJoinTime = left.JoinedAt.CompareTo(right.JoinedAt);
        return byJoinTime != 0 ? byJoinTime : left.Id.CompareTo(right.Id);
    });

    private readonly List<Participant> waitlisted;

    private Roster(List<Participant> confirmed, List<Participant> waitlisted)
    {
        Confirmed = confirmed;
        this.waitlisted = waitlisted;
    }

    public IReadOnlyList<Participant> Confirmed { get; }
    public IReadOnlyList<Participant> Waitlisted => waitlisted;
    public IEnumerable<Participant> All => Confirmed.Concat(Waitlisted);

    public static Roster Of(Game game) => Of(game.Participants, game.MaxPlayers, game.SignupMethod);

    /// <summary>
    /// The first <paramref name="maxPlayers"/> in roster order are confirmed, except that with
    /// <see cref="SignupMethod.HostSelectedWithWaitlist"/> only players the host added can be confirmed.
    /// </summary>
    public static Roster Of(IEnumerable<Participant> participants, int maxPlayers, SignupMethod signupMethod)
    {
        var ordered = participants.Order(RosterOrder).ToList();
        var confirmedCount = ordered
            .Take(maxPlayers)
            .TakeWhile(participant => CanBeConfirmed(participant, signupMethod))
            .Count();
        return new Roster(ordered[..confirmedCount], ordered[confirmedCount..]);
    }

    public Participant? FindUser(string userId) => All.FirstOrDefault(participant => participant.UserId == userId);

    public bool IsWaitlisted(Participant participant) => waitlisted.Contains(participant);

    /// <summary>The participant's place on the waitlist, starting at 1, or null when confirmed or absent.</summary>
    public int? WaitlistPosition(Participant participant)
    {
        var index = waitlisted.IndexOf(participant);
        return index < 0 ? null : index + 1;
    }

    private static bool CanBeConfirmed(Participant participant, SignupMethod signupMethod) =>
        signupMethod != SignupMethod.HostSelectedWithWaitlist || participant.PositionType == PositionType.HostAdded;
}
