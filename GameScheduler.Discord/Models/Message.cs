namespace GameScheduler.Discord.Models;

/// <summary>A message as Discord returns it.</summary>
public sealed record Message(
    string Id,
    string ChannelId,
    string Content,
    User? Author = null,
    DateTimeOffset? Timestamp = null,
    DateTimeOffset? EditedTimestamp = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    MessageFlags? Flags = null,
    string? GuildId = null);

/// <summary>
/// A message to create or the fields of one to change. A null field is left out of the request, which on an edit leaves
/// it as it was; an empty list clears it.
/// </summary>
public sealed record OutgoingMessage(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    MessageFlags? Flags = null,
    AllowedMentions? AllowedMentions = null)
{
    public OutgoingMessage AsEphemeral() => this with { Flags = (Flags ?? MessageFlags.None) | MessageFlags.Ephemeral };
}

/// <summary>
/// Which mentions in a message may ping; an empty <see cref="Parse"/> list pings no one but the <see cref="Users"/> and
/// <see cref="Roles"/> named.
/// </summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<string>? Users = null, IReadOnlyList<string>? Roles = null)
{
    public static AllowedMentions None { get; } = new([]);

    /// <summary>Pings exactly these roles and nobody else.</summary>
    public static AllowedMentions OnlyRoles(IReadOnlyList<string> roleIds) => new([], Roles: roleIds);
}

[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
}
