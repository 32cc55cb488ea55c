namespace GameScheduler.Core.Participants;

/// <summary>How a participant got on the roster. The declaration order is the roster's sort order.</summary>
public enum PositionType
{
    HostAdded,
    RoleMatched,
    SelfAdded,
}
