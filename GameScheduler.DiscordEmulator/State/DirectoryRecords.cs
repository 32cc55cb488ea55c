using System.Collections.Immutable;
using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>A Discord account: a person, or the bot itself.</summary>
public sealed record UserAccount(string Id, string Username, string? GlobalName, bool IsBot, bool DmsClosed);

public sealed record Guild(string Id, string Name, string OwnerId, ImmutableArray<Channel> Channels, ImmutableArray<Role> Roles);

public sealed record Membership(string GuildId, string UserId, ImmutableArray<string> RoleIds, DateTimeOffset JoinedAt);
