using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.DiscordEmulator.Control;

/// <summary>The fields of channel and role requests, checked as Discord checks them: names, decimal bit sets, overwrite targets.</summary>
public static class GuildEditRequests
{
    private const int MaxNameLength = 100;

    /// <summary>A name of 1 to 100 characters; absent is fine unless <paramref name="required"/>.</summary>
    public static ValidationProblem? CheckName(string? name, bool required) =>
        (name is null && !required) || name is { Length: >= 1 and <= MaxNameLength }
            ? null
            : ControlProblems.Invalid("name", $"A name of 1 to {MaxNameLength} characters is required.");

    /// <summary>A decimal permission bit set, rewritten as Discord serialises it; absent stays null.</summary>
    public static ValidationProblem? ReadBits(string field, string? value, out string? bits)
    {
        bits = null;
        if (value is null)
        {
            return null;
        }

        if (!Permissions.TryParse(value, out var parsed))
        {
            return ControlProblems.Invalid(field, $"\"{value}\" is not a permission bit set (a decimal integer in a string).");
        }

        bits = Permissions.Format(parsed);
        return null;
    }

    /// <summary>Overwrites for roles of <paramref name="guild"/> (type 0) or known users (type 1); absent stays null.</summary>
    public static ValidationProblem? ReadOverwrites(
        IReadOnlyList<OverwriteRequest>? requested,
        Guild guild,
        DiscordDirectory directory,
        out IReadOnlyList<PermissionOverwrite>? overwrites)
    {
        overwrites = null;
        if (requested is null)
        {
            return null;
        }

        var read = new List<PermissionOverwrite>();
        foreach (var (overwrite, index) in requested.Select((overwrite, index) => (overwrite, index)))
        {
            var field = $"permission_overwrites[{index}]";
            var target = overwrite.Type switch
            {
                PermissionOverwrite.RoleType => guild.Roles.Any(role => role.Id == overwrite.Id),
                PermissionOverwrite.MemberType => overwrite.Id is not null && directory.FindUser(overwrite.Id) is not null,
                _ => (bool?)null,
            };
            if (target is null)
            {
                return ControlProblems.Invalid($"{field}.type", "type must be 0 (role) or 1 (member).");
            }

            if (target is false)
            {
                return ControlProblems.Invalid($"{field}.id", $"'{overwrite.Id}' is not a role of guild {guild.Id} or a user.");
            }

            if (ReadBits($"{field}.allow", overwrite.Allow ?? "0", out var allow) is { } badAllow)
            {
                return badAllow;
            }

            if (ReadBits($"{field}.deny", overwrite.Deny ?? "0", out var deny) is { } badDeny)
            {
                return badDeny;
            }

            read.Add(new PermissionOverwrite(overwrite.Id!, overwrite.Type!.Value, allow!, deny!));
        }

        overwrites = read;
        return null;
    }
}

/// <summary>An entry of <c>permission_overwrites</c>; allow and deny default to "0" as in Discord.</summary>
public sealed record OverwriteRequest(string? Id, int? Type, string? Allow, string? Deny);
