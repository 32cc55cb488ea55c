using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

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

public sealed record Answer(string Surface, string UserId, bool Join, DateTime StartedAt, DateTime AnsweredAt, Outcome Outcome, string Detail)
{
    public bool IsDefinitive => Outcome is not (Outcome.Refused or Outcome.Broken);

    public bool LeavesPlayerIn => Outcome is Outcome.Joined or Outcome.AlreadyIn or Outcome.In;
}

/// <summary>One player clicking Join and Leave on one game, from Discord or from the web.</summary>
public abstract class FaultPlayer(string userId)
{
    public string UserId { get; } = userId;

    public abstract string Surface { get; }

    public async Task<Answer> ActAsync(bool join)
    {
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var (outcome, detail) = await OutcomeAsync(join);
        return new Answer(Surface, UserId, join, startedAt, startedAt + clock.Elapsed, outcome, detail);
    }

    protected abstract Task<(Outcome, string)> OutcomeAsync(bool join);
}

/// <summary>Clicks the announcement's buttons through the emulator, as a Discord user.</summary>
internal sealed class DiscordPlayer(string userId, EmulatorControl emulator, AnnouncedGame game) : FaultPlayer(userId)
{
    private static readonly TimeSpan DeferredOutcomeTimeout = TimeSpan.FromSeconds(20);

    public override string Surface => "discord";

    protected override async Task<(Outcome, string)> OutcomeAsync(bool join)
    {
        string text;
        try
        {
            text = await emulator.ClickForOutcomeAsync(UserId, game.ChannelId, game.MessageId, join ? game.JoinButton : game.LeaveButton,
                DeferredOutcomeTimeout);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException)
        {
            return (Outcome.Broken, exception.Message);
        }

        return (Read(text), text);
    }

    private static Outcome Read(string text) => text switch
    {
        _ when text.Contains("You're in!", StringComparison.Ordinal) => Outcome.Joined,
        _ when text.Contains("You're already in", StringComparison.Ordinal) => Outcome.AlreadyIn,
        _ when text.StartsWith("You left", StringComparison.Ordinal) => Outcome.Left,
        _ when text.Contains("weren't signed up", StringComparison.Ordinal) => Outcome.NotIn,
        _ when text.Contains("try again", StringComparison.OrdinalIgnoreCase) => Outcome.Refused,
        _ => Outcome.Broken,
    };
}

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
