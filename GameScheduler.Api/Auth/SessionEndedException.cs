namespace GameScheduler.Api.Auth;

/// <summary>
/// The session was valid when the request began, but its Discord grant is gone (revoked, lapsed, or its sealed tokens
/// unreadable); it has been deleted.
/// </summary>
public sealed class SessionEndedException() : Exception("The session's Discord grant is gone; the session has ended.");
