namespace GameScheduler.Api.Auth;

/// <summary>The session was valid when the request began, but Discord no longer honours its grant; it has been deleted.</summary>
public sealed class SessionEndedException() : Exception("Discord refused to refresh the session's access token; the session has ended.");
