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
        var ordered = new List<Participant>(participants);
        ordered.Sort(RosterOrder);
        return Split(ordered, maxPlayers, signupMethod);
    }

    /// <summary>
    /// This roster of <paramref name="game"/> with <paramref name="newcomer"/> in their place: the roster
    /// <see cref="Of(Game)"/> would give once the newcomer is among the game's participants, without sorting it again.
    /// </summary>
    public Roster With(Participant newcomer, Game game)
    {
        var ordered = new List<Participant>(Confirmed.Count + waitlisted.Count + 1);
        ordered.AddRange(Confirmed);
        ordered.AddRange(waitlisted);
        var index = ordered.BinarySearch(newcomer, RosterOrder);
        ordered.Insert(index < 0 ? ~index : index, newcomer);
        return Split(ordered, game.MaxPlayers, game.SignupMethod);
    }

    public Participant? FindUser(string userId) => All.FirstOrDefault(participant => participant.UserId == userId);

    public bool IsWaitlisted(Participant participant) => waitlisted.Contains(participant);

    /// <summary>The participant's place on the waitlist, starting at 1, or null when confirmed or absent.</summary>
    public int? WaitlistPosition(Participant participant)
    {
        var index = waitlisted.IndexOf(participant);
        return index < 0 ? null : index + 1;
    }

    private static Roster Split(List<Participant> ordered, int maxPlayers, SignupMethod signupMethod)
    {
        var confirmedCount = ordered
            .Take(maxPlayers)
            .TakeWhile(participant => CanBeConfirmed(participant, signupMethod))
            .Count();
        return new Roster(ordered[..confirmedCount], ordered[confirmedCount..]);
    }

    private static bool CanBeConfirmed(Participant participant, SignupMethod signupMethod) =>
        signupMethod != SignupMethod.HostSelectedWithWaitlist || participant.PositionType == PositionType.HostAdded;
}
