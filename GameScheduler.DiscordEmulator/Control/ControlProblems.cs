using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>The control API's errors, as RFC 7807 problem details.</summary>
public static class ControlProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"Unknown {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
