namespace GameScheduler.Core.Participants;

/// <summary>Compares two rosters of one game to tell each Discord user what changed for them.</summary>
public static class RosterDiff
{
    /// <param name="removal">What a disappearance means here: <see cref="ParticipantChangeKind.Left"/> or <see cref="ParticipantChangeKind.Removed"/>.</param>
    /// <returns>The changes in roster order; placeholders have no Discord user and are left out.</returns>
    public static IReadOnlyList<ParticipantChange> Between(Roster before, Roster after, ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        // Every join diffs the whole roster, so one map of who was where serves rather than a set per list. Whoever is
        // still in it once the new roster has been walked has gone.
        var wasConfirmed = new Dictionary<string, bool>(before.Confirmed.Count + before.Waitlisted.Count);
        foreach (var userId in UserIds(before.Confirmed)) wasConfirmed[userId] = true;
        foreach (var userId in UserIds(before.Waitlisted)) wasConfirmed[userId] = false;

        var changes = new List<ParticipantChange>();
        foreach (var userId in UserIds(after.Confirmed))
        {
            if (!wasConfirmed.Remove(userId, out var confirmed)) changes.Add(new(userId, ParticipantChangeKind.Joined));
            else if (!confirmed) changes.Add(new(userId, ParticipantChangeKind.Promoted));
        }
        foreach (var userId in UserIds(after.Waitlisted))
        {
            if (!wasConfirmed.Remove(userId, out var confirmed)) changes.Add(new(userId, ParticipantChangeKind.Waitlisted));
            else if (confirmed) changes.Add(new(userId, ParticipantChangeKind.Demoted));
        }
        foreach (var userId in UserIds(before.All))
        {
            if (wasConfirmed.ContainsKey(userId)) changes.Add(new(userId, removal));
        }
        return changes;
    }

    private static IEnumerable<string> UserIds(IEnumerable<Participant> participants) =>
        participants.Select(participant => participant.UserId).OfType<string>();
}
