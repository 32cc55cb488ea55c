namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>How one Join or Leave was answered.</summary>
public enum Outcome
{
    /// <summary>The player was added.</summary>
    Joined,
    /// <summary>The player was in already; nothing changed.</summary>
    AlreadyIn,
    /// <summary>The player was taken off.</summary>
    Left,
    /// <summary>The player was not in; nothing changed.</summary>
    NotIn,
    /// <summary>The player is in, but the answer does not say whether this call changed that (the web's 200).</summary>
    In,
    /// <summary>The player is out, but the answer does not say whether this call changed that (the web's 200).</summary>
    Out,
    /// <summary>A clean refusal the user can act on: Discord's "try again", the web's 409 or 503 problem.</summary>
    Refused,
    /// <summary>Anything else: silence past Discord's 3 s, a 500, a timeout, an answer nobody could read.</summary>
    Broken,
}

/// <summary>One call a player made, when, and how it was answered.</summary>
public sealed record Answer(string Surface, string UserId, bool Join, DateTime StartedAt, DateTime AnsweredAt, Outcome Outcome, string Detail)
{
    public bool IsDefinitive => Outcome is not (Outcome.Refused or Outcome.Broken);

    public bool LeavesPlayerIn => Outcome is Outcome.Joined or Outcome.AlreadyIn or Outcome.In;
}
