using System.Text.Json.Serialization;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's user object (usernames without discriminators, so "0").</summary>
public sealed record DiscordUser(
    string Id,
    string Username,
    string Discriminator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? GlobalName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Avatar,
    bool? Bot,
    int PublicFlags)
{
    public static DiscordUser From(UserAccount account) =>
        new(account.Id, account.Username, "0", account.GlobalName, Avatar: null, account.IsBot ? true : null, PublicFlags: 0);
}
