namespace GameScheduler.Core.Participants;

/// <summary>Compares two rosters of one game to tell each Discord user what changed for them.</summary>
public static class RosterDiff
{
    /// <param name="removal">What a disappearance means here: <see cref="ParticipantChangeKind.Left"/> or <see cref="ParticipantChangeKind.Removed"/>.</param>
    /// <returns>The changes in roster order; placeholders have no Discord user and are left out.</returns>
    public static IReadOnlyList<ParticipantChange> Between(Roster before, Roster after, ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        var confirmedBefore = UserIds(before.Confirmed).ToHashSet();
        var waitlistedBefore = UserIds(before.Waitlisted).ToHashSet();
        var confirmedAfter = UserIds(after.Confirmed).ToHashSet();
        var waitlistedAfter = UserIds(after.Waitlisted).ToHashSet();

        var changes = new List<ParticipantChange>();
        foreach (var userId in UserIds(after.Confirmed))
        {
            if (waitlistedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Promoted));
            else if (!confirmedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Joined));
        }
        foreach (var userId in UserIds(after.Waitlisted))
        {
            if (confirmedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Demoted));
            else if (!waitlistedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Waitlisted));
        }
        foreach (var userId in UserIds(before.All))
        {
            if (!confirmedAfter.Contains(userId) && !waitlistedAfter.Contains(userId)) changes.Add(new(userId, removal));
        }
        return changes;
    }

    private static IEnumerable<string> UserIds(IEnumerable<Participant> participants) =>
        participants.Select(participant => participant.UserId).OfType<string>();
}
