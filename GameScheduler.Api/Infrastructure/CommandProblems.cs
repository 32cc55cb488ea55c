using GameScheduler.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// How Core's shared command outcomes read over HTTP: bad input is a 400 per field, a rule's refusal a 409, and a
/// request the caller's standing does not allow a 403.
/// </summary>
public static class CommandProblems
{
    public static ValidationProblem Invalid(ValidationFailed invalid) =>
        TypedResults.ValidationProblem(invalid.Errors, title: "Some fields are not valid");

    /// <summary>The request was understood, but a rule forbids it now; the reason is Core's sentence for the user.</summary>
    public static ProblemHttpResult Refusal(Refused refused) =>
        TypedResults.Problem(title: "Not allowed", detail: refused.Reason, statusCode: StatusCodes.Status409Conflict);

    /// <summary>The caller may not do this, whatever the game's state; the reason is Core's sentence for the user.</summary>
    public static ProblemHttpResult Forbidden(Forbidden forbidden) =>
        TypedResults.Problem(title: "Not allowed", detail: forbidden.Reason, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>For the arm no command result should reach: a new outcome in Core that this Api does not map yet.</summary>
    public static InvalidOperationException Unmapped(object result) =>
        new($"The command result {result.GetType().Name} has no HTTP mapping.");
}
