using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Faults;

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
