using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>A stream holder whose session and guilds the test changes at will.</summary>
internal sealed class FakeStreamAccess(string userId, params string[] guildIds) : IStreamAccess
{
    public bool SessionEnded { get; set; }

    public IReadOnlySet<string> GuildIds { get; set; } = guildIds.ToHashSet();

    public Task<StreamSubscriber> SubscriberAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult(new StreamSubscriber(userId, GuildIds));

    public Task<IReadOnlySet<string>?> RecheckAsync(HttpContext context, CancellationToken ct) =>
        Task.FromResult(SessionEnded ? null : GuildIds);
}
