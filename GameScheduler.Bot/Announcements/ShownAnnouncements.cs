using System.Security.Cryptography;
using System.Text.Json;
using GameScheduler.Discord;
using GameScheduler.Discord.Models;
using Microsoft.Extensions.Caching.Memory;

namespace GameScheduler.Bot.Announcements;

/// <summary>
/// What each announcement on Discord shows, as this process last wrote it, so a render that would change nothing is
/// skipped instead of taking one of the channel's few writes from a change that matters. That happens when an edit
/// touches only what the announcement does not show, or when a render coalesced behind another finds the state that one
/// already wrote. Kept in memory only: after a restart, each game's first render edits once.
/// </summary>
internal sealed class ShownAnnouncements : IDisposable
{
    private static readonly TimeSpan ForgottenAfter = TimeSpan.FromDays(1);

    private readonly MemoryCache shown = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool Shows(string messageId, OutgoingMessage message) =>
        shown.TryGetValue(messageId, out byte[]? fingerprint) && fingerprint.AsSpan().SequenceEqual(Fingerprint(message));

    public void Record(string messageId, OutgoingMessage message) =>
        shown.Set(messageId, Fingerprint(message), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = ForgottenAfter });

    public void Dispose() => shown.Dispose();

    /// <summary>The message as it goes to Discord, hashed.</summary>
    private static byte[] Fingerprint(OutgoingMessage message) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(message, DiscordJson.Options));
}
