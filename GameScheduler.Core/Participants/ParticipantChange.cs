namespace GameScheduler.Core.Participants;

/// <summary>What happened to one Discord user on a game's roster; the bot turns these into DMs.</summary>
public sealed record ParticipantChange(string UserId, ParticipantChangeKind Change);

public enum ParticipantChangeKind
{
    /// <summary>Added to the roster with a confirmed seat.</summary>
    Joined,

    /// <summary>Added to the roster on the waitlist.</summary>
    Waitlisted,

    /// <summary>Moved from the waitlist to a confirmed seat.</summary>
    Promoted,

    /// <summary>Moved from a confirmed seat to the waitlist (fewer seats, or the host reordered).</summary>
    Demoted,

    /// <summary>Left by themselves.</summary>
    Left,

    /// <summary>Taken off the roster by the host.</summary>
    Removed,

    /// <summary>Given a seat on the next game of a series from the previous one, to be confirmed by its deadline.</summary>
    CarriedOver,

    /// <summary>Taken off the roster for not confirming a carried-over seat by the deadline.</summary>
    Unconfirmed,
}
