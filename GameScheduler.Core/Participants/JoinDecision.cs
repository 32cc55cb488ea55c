namespace GameScheduler.Core.Participants;

/// <summary>The outcome of the join rule for one member and one game.</summary>
public abstract record JoinDecision
{
    private JoinDecision()
    {
    }

    /// <summary>The member may join and takes a seat of this type.</summary>
    public sealed record Accept(PositionType PositionType) : JoinDecision;

    /// <summary>The member is on the roster already; joining again changes nothing.</summary>
    public sealed record AlreadyIn(Participant Participant) : JoinDecision;

    /// <summary>The game does not take members now (it is closed).</summary>
    public sealed record Refuse(string Reason) : JoinDecision;

    /// <summary>The game does not take this member by themselves: the host picks the players, or a player role is needed.</summary>
    public sealed record Forbid(string Reason) : JoinDecision;
}
