using System.Text.RegularExpressions;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's allowed_mentions object: which mentions in a message's content may ping.</summary>
public sealed partial record AllowedMentions(
    IReadOnlyList<string>? Parse,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Users,
    bool? RepliedUser)
{
    public const string RolesType = "roles";
    public const string UsersType = "users";
    public const string EveryoneType = "everyone";
    public const int MaxIds = 100;

    public static IReadOnlyList<string> ParseTypes { get; } = [RolesType, UsersType, EveryoneType];

    /// <summary>
    /// The roles whose <c>&lt;@&amp;id&gt;</c> mentions in <paramref name="content"/> ping, the message's mention_roles.
    /// Without allowed mentions Discord parses every mention.
    /// </summary>
    public static IReadOnlyList<string> PingedRoles(string content, AllowedMentions? allowed) =>
        [.. RoleMention().Matches(content)
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .Where(roleId => allowed is null || (allowed.Parse ?? []).Contains(RolesType) || (allowed.Roles ?? []).Contains(roleId))];

    [GeneratedRegex(@"<@&(\d+)>")]
    private static partial Regex RoleMention();
}
