using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>Calls the Api's join and leave routes, as the web app does for a signed-in user.</summary>
internal sealed class WebPlayer(ApiSession session, string gameId) : FaultPlayer(session.UserId)
{
    public override string Surface => "web";

    protected override async Task<(Outcome, string)> OutcomeAsync(bool join)
    {
        try
        {
            using var response = await session.Client.PostAsJsonAsync($"/api/v1/games/{gameId}/{(join ? "join" : "leave")}", new { })
                .WaitAsync(ApiSession.RequestTimeout);
            var body = await response.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout);
            var detail = $"{(int)response.StatusCode} {body}";
            if (response.IsSuccessStatusCode)
            {
                var isParticipant = JsonDocument.Parse(body).RootElement.GetProperty("is_participant").GetBoolean();
                return (isParticipant ? Outcome.In : Outcome.Out, detail);
            }

            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var cleanRefusal = response.StatusCode switch
            {
                HttpStatusCode.Conflict => problem,
                HttpStatusCode.ServiceUnavailable => problem && response.Headers.RetryAfter is not null,
                _ => false,
            };
            return (cleanRefusal ? Outcome.Refused : Outcome.Broken, detail);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or JsonException)
        {
            return (Outcome.Broken, exception.Message);
        }
    }
}
