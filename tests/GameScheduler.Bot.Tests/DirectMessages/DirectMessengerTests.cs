using GameScheduler.Bot.DirectMessages;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Discord.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameScheduler.Bot.Tests.DirectMessages;

public sealed class DirectMessengerTests : IDisposable
{
    private const string Reachable = "1300000000000000003";
    private const string ClosedDms = "1300000000000000006";
    private readonly FakeTimeProvider _time = new();
    private readonly FakeDiscord _discord = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;
    private readonly DirectMessenger _messenger;

    public DirectMessengerTests()
    {
        _discord.CloseDirectMessages(ClosedDms);
        _services = _discord.AddTo(new ServiceCollection())
            .AddLogging(logging => logging.AddProvider(_logs))
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<DirectMessenger>()
            .BuildServiceProvider();
        _messenger = _services.GetRequiredService<DirectMessenger>();
    }

    [Fact]
    public async Task A_message_reaches_the_user_through_one_DM_channel_opened_once()
    {
        await _messenger.SendAsync(Reachable, new OutgoingMessage("first"), CancellationToken.None);
        await _messenger.SendAsync(Reachable, new OutgoingMessage("second"), CancellationToken.None);

        Assert.Equal([(Reachable, "first"), (Reachable, "second")], _discord.DirectMessages);
        Assert.Single(_discord.Requests, request => request.Path == "/users/@me/channels");
    }

    [Fact]
    public async Task A_user_with_closed_DMs_is_logged_once_and_then_skipped_without_asking_Discord_again()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _messenger.SendAsync(ClosedDms, new OutgoingMessage("reminder"), CancellationToken.None);
        }

        Assert.Empty(_discord.DirectMessages);
        Assert.Single(_discord.Requests, request => request.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Single(_logs.MessagesOf<DirectMessenger>(), message => message.Contains(ClosedDms, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_with_closed_DMs_is_tried_again_only_after_a_while()
    {
        await _messenger.SendAsync(ClosedDms, new OutgoingMessage("one"), CancellationToken.None);

        _time.Advance(DirectMessenger.ClosedDmsMemory);
        await _messenger.SendAsync(ClosedDms, new OutgoingMessage("two"), CancellationToken.None);

        Assert.Equal(2, _discord.Requests.Count(request => request.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    public void Dispose() => _services.Dispose();
}
