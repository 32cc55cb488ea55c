using System.Net;
using GameScheduler.Discord.Rest;

namespace GameScheduler.Bot;

internal static class DiscordRefusals
{
    /// <summary>
    /// Discord said no for a reason that sending again will not change (missing access, unknown channel, closed DMs), as
    /// opposed to an outage or a rate limit the client's retries ran out on.
    /// </summary>
    public static bool IsPermanent(this DiscordApiException exception) =>
        exception.Status is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError
        && exception.Status != HttpStatusCode.TooManyRequests;
}
