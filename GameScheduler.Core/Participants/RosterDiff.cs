namespace GameScheduler.Core.Participants;

/// <summary>Compares two rosters of one game to tell each Discord user what changed for them.</summary>
public static class RosterDiff
{
    /// <param name="removal">What a disappearance means here: <see cref="ParticipantChangeKind.Left"/> or <see cref="ParticipantChangeKind.Removed"/>.</param>
    public static IReadOnlyList<ParticipantChange> Between(Roster before, Roster after, ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        var confirmedBefore = UserIds(before.Confirmed);
        var waitlistedBefore = UserIds(before.Waitlisted);
        var confirmedAfter = UserIds(after.Confirmed);
        var waitlistedAfter = UserIds(after.Waitlisted);

        var changes = new List<ParticipantChange>();
        foreach (var userId in confirmedAfter)
        {
            if (waitlistedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Promoted));
            else if (!confirmedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Joined));
        }
        foreach (var userId in waitlistedAfter)
        {
            if (confirmedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Demoted));
            else if (!waitlistedBefore.Contains(userId)) changes.Add(new(userId, ParticipantChangeKind.Waitlisted));
        }
        foreach (var userId in confirmedBefore.Concat(waitlistedBefore))
        {
            if (!confirmedAfter.Contains(userId) && !waitlistedAfter.Contains(userId)) changes.Add(new(userId, removal));
        }
        return changes;
    }

    private static List<string> UserIds(IEnumerable<Participant> participants) =>
        participants.Where(participant => participant.UserId is not null).Select(participant => participant.UserId!).ToList();
}
