using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>Global and per-guild application commands, replaced wholesale by bulk overwrites.</summary>
public sealed class ApplicationCommandStore(SnowflakeGenerator ids)
{
    private const string GlobalScope = "global";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlyList<ApplicationCommand>> _commandsByScope = [];

    /// <summary>Replaces a scope's commands; a command keeps its id when one of the same name existed, as in Discord.</summary>
    public IReadOnlyList<ApplicationCommand> Overwrite(string applicationId, string? guildId, IReadOnlyList<ApplicationCommandPayload> commands)
    {
        lock (_gate)
        {
            var existing = _commandsByScope.GetValueOrDefault(guildId ?? GlobalScope, []).ToDictionary(command => command.Name);
            IReadOnlyList<ApplicationCommand> replaced = [.. commands.Select(command =>
            {
                var id = existing.GetValueOrDefault(command.Name!)?.Id ?? ids.Next();
                return new ApplicationCommand(id, applicationId, guildId, command.Name!, command.Description ?? "",
                    command.Type ?? ApplicationCommand.ChatInputType, command.Options, command.DefaultMemberPermissions,
                    command.Nsfw ?? false, ids.Next(), command.Contexts, command.IntegrationTypes);
            })];
            _commandsByScope[guildId ?? GlobalScope] = replaced;
            return replaced;
        }
    }

    public IReadOnlyList<ApplicationCommand> List(string? guildId)
    {
        lock (_gate)
        {
            return _commandsByScope.GetValueOrDefault(guildId ?? GlobalScope, []);
        }
    }

    /// <summary>The command a user in this guild would run under that name: the guild's own first, then the global one.</summary>
    public ApplicationCommand? Find(string guildId, string name) =>
        List(guildId).FirstOrDefault(command => command.Name == name) ?? List(guildId: null).FirstOrDefault(command => command.Name == name);
}
