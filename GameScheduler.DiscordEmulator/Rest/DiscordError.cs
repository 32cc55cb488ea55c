using System.Text.Json.Nodes;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>A Discord JSON error, <c>{"message","code"[,"errors"]}</c>, with Discord's HTTP status and error code.</summary>
public sealed record DiscordError(int StatusCode, int Code, string Message, JsonObject? Errors = null) : IResult, IStatusCodeHttpResult
{
    public static DiscordError NotFound => new(StatusCodes.Status404NotFound, 0, "404: Not Found");
    public static DiscordError Unauthorized => new(StatusCodes.Status401Unauthorized, 0, "401: Unauthorized");
    public static DiscordError UnknownApplication => new(StatusCodes.Status404NotFound, 10002, "Unknown Application");
    public static DiscordError UnknownChannel => new(StatusCodes.Status404NotFound, 10003, "Unknown Channel");
    public static DiscordError UnknownGuild => new(StatusCodes.Status404NotFound, 10004, "Unknown Guild");
    public static DiscordError UnknownMember => new(StatusCodes.Status404NotFound, 10007, "Unknown Member");
    public static DiscordError UnknownMessage => new(StatusCodes.Status404NotFound, 10008, "Unknown Message");
    public static DiscordError UnknownUser => new(StatusCodes.Status404NotFound, 10013, "Unknown User");
    public static DiscordError UnknownWebhook => new(StatusCodes.Status404NotFound, 10015, "Unknown Webhook");
    public static DiscordError UnknownInteraction => new(StatusCodes.Status404NotFound, 10062, "Unknown interaction");
    public static DiscordError InteractionAlreadyAcknowledged => new(StatusCodes.Status400BadRequest, 40060, "Interaction has already been acknowledged.");
    public static DiscordError MissingAccess => new(StatusCodes.Status403Forbidden, 50001, "Missing Access");
    public static DiscordError EmptyMessage => new(StatusCodes.Status400BadRequest, 50006, "Cannot send an empty message");
    public static DiscordError CannotSendMessagesToUser => new(StatusCodes.Status403Forbidden, 50007, "Cannot send messages to this user");
    public static DiscordError MissingPermissions => new(StatusCodes.Status403Forbidden, 50013, "Missing Permissions");
    public static DiscordError InvalidWebhookToken => new(StatusCodes.Status401Unauthorized, 50027, "Invalid Webhook Token");
    public static DiscordError InvalidJson => new(StatusCodes.Status400BadRequest, 50109, "The request body contains invalid JSON.");

    public static DiscordError InvalidFormBody(JsonObject errors) => new(StatusCodes.Status400BadRequest, 50035, "Invalid Form Body", errors);

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(new Body(Message, Code, Errors));
    }

    private sealed record Body(string Message, int Code, JsonObject? Errors);
}
