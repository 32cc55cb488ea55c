using System.Security.Claims;
using GameScheduler.Api.Games;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.CalendarFeed;

public static class CalendarFeedApi
{
    public static IEndpointRouteBuilder MapCalendarFeedApi(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/v1/users/me/calendar").WithTags("Calendar").RequireAuthorization();
        mine.MapGet("/", GetFeedAddressAsync)
            .WithName("GetCalendarFeed")
            .WithSummary("Get the secret address of the caller's calendar feed");
        mine.MapDelete("/", ResetFeedAddressAsync)
            .WithName("ResetCalendarFeed")
            .WithSummary("Replace the caller's calendar feed address; the old one answers 404 from now on");

        // Calendar apps fetch the feed without a session: the token in the address is the credential.
        app.MapGet("/api/v1/calendar/{feedToken}.ics", GetFeedAsync)
            .WithTags("Calendar")
            .RequireRateLimiting(RateLimiting.PerAddress)
            .WithName("GetCalendarFeedDocument")
            .WithSummary("The games a user hosts or plays, as an iCalendar feed (no login: the address is secret)");
        return app;
    }

    public static async Task<Ok<CalendarFeedResponse>> GetFeedAddressAsync(HttpContext context, CalendarFeedLinks links, CancellationToken ct) =>
        TypedResults.Ok(new CalendarFeedResponse(await links.CurrentAsync(context.Request, UserId(context), ct)));

    public static async Task<Ok<CalendarFeedResponse>> ResetFeedAddressAsync(HttpContext context, CalendarFeedLinks links, CancellationToken ct) =>
        TypedResults.Ok(new CalendarFeedResponse(await links.ResetAsync(context.Request, UserId(context), ct)));

    public static async Task<Results<FileContentHttpResult, NotFound>> GetFeedAsync(string feedToken, CalendarFeeds feeds, CancellationToken ct)
    {
        if (feedToken.Length > CalendarFeedLinks.MaxTokenLength || await feeds.FindOwnerAsync(feedToken, ct) is not { } userId)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(GameCalendar.FeedOf(userId, await feeds.GamesOfAsync(userId, ct)), "text/calendar; charset=utf-8");
    }

    private static string UserId(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request has no signed-in user.");
}
