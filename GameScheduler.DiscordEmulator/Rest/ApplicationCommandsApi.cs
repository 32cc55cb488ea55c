using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>Global and guild application commands: list and bulk overwrite.</summary>
public static partial class ApplicationCommandsApi
{
    private const int MaxCommandsPerType = 100;

    public static RouteGroupBuilder MapApplicationCommandsApi(this RouteGroupBuilder api)
    {
        var application = api.MapGroup("/applications/{application_id}").RequireAuthorization(DiscordAuthentication.BotPolicy);
        application.MapGet("/commands", ListGlobal);
        application.MapPut("/commands", OverwriteGlobal);
        application.MapGet("/guilds/{guild_id}/commands", ListForGuild);
        application.MapPut("/guilds/{guild_id}/commands", OverwriteForGuild);
        return api;
    }

    private static Results<Ok<IReadOnlyList<ApplicationCommand>>, DiscordError> ListGlobal(
        [FromRoute(Name = "application_id")] string applicationId,
        DiscordDirectory directory,
        ApplicationCommandStore commands) =>
        applicationId == directory.Bot.Id ? TypedResults.Ok(commands.List(guildId: null)) : DiscordError.UnknownApplication;

    private static Results<Ok<IReadOnlyList<ApplicationCommand>>, DiscordError> ListForGuild(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "guild_id")] string guildId,
        DiscordDirectory directory,
        ApplicationCommandStore commands)
    {
        if (applicationId != directory.Bot.Id)
        {
            return DiscordError.UnknownApplication;
        }

        return BotAccess.ToGuild(directory, guildId) is { } refused ? refused : TypedResults.Ok(commands.List(guildId));
    }

    private static Results<Ok<IReadOnlyList<ApplicationCommand>>, DiscordError> OverwriteGlobal(
        [FromRoute(Name = "application_id")] string applicationId,
        JsonNode body,
        DiscordDirectory directory,
        DiscordJson json,
        ApplicationCommandStore commands) =>
        Overwrite(applicationId, guildId: null, body, directory, json, commands);

    private static Results<Ok<IReadOnlyList<ApplicationCommand>>, DiscordError> OverwriteForGuild(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "guild_id")] string guildId,
        JsonNode body,
        DiscordDirectory directory,
        DiscordJson json,
        ApplicationCommandStore commands) =>
        BotAccess.ToGuild(directory, guildId) is { } refused ? refused : Overwrite(applicationId, guildId, body, directory, json, commands);

    private static Results<Ok<IReadOnlyList<ApplicationCommand>>, DiscordError> Overwrite(
        string applicationId,
        string? guildId,
        JsonNode body,
        DiscordDirectory directory,
        DiscordJson json,
        ApplicationCommandStore commands)
    {
        if (applicationId != directory.Bot.Id)
        {
            return DiscordError.UnknownApplication;
        }

        if (!json.TryRead<List<ApplicationCommandPayload>>(body, out var requested, out var error))
        {
            return error;
        }

        var errors = Validate(requested);
        return errors.IsEmpty ? TypedResults.Ok(commands.Overwrite(applicationId, guildId, requested)) : errors.ToError();
    }

    private static FormErrors Validate(IReadOnlyList<ApplicationCommandPayload> commands)
    {
        var errors = new FormErrors();
        for (var index = 0; index < commands.Count; index++)
        {
            var command = commands[index];
            var isChatInput = (command.Type ?? ApplicationCommand.ChatInputType) == ApplicationCommand.ChatInputType;
            errors.Required($"{index}.name", command.Name);
            if (command.Name is not null && !IsValidName(command.Name, isChatInput))
            {
                errors.Add($"{index}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }

            if (isChatInput)
            {
                errors.Required($"{index}.description", command.Description);
                errors.MaxLength($"{index}.description", command.Description, 100);
            }
        }

        var overfullTypes = commands.GroupBy(command => command.Type ?? ApplicationCommand.ChatInputType)
            .Where(group => group.Count() > MaxCommandsPerType);
        foreach (var _ in overfullTypes)
        {
            errors.Add("", "APPLICATION_COMMANDS_TOO_MANY", $"Maximum number of application commands reached ({MaxCommandsPerType})");
        }

        var duplicateNames = commands.Where(command => command.Name is not null)
            .GroupBy(command => (command.Type ?? ApplicationCommand.ChatInputType, command.Name))
            .Where(group => group.Count() > 1);
        foreach (var duplicate in duplicateNames)
        {
            errors.Add("", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: {duplicate.Key.Name}");
        }

        return errors;
    }

    /// <summary>Slash command names are 1-32 lowercase letters, digits, '-', '_' or apostrophes; other types allow any 1-32 characters.</summary>
    private static bool IsValidName(string name, bool isChatInput) =>
        isChatInput ? ChatInputName().IsMatch(name) && name == name.ToLowerInvariant() : name.Length is >= 1 and <= 32;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex ChatInputName();
}
