using System.Text.Json;
using GameScheduler.Bot.Gateway;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// The slash commands: /list-games (upcoming games of this server, or of the channel its <c>channel</c> option names
/// unless <c>show_all</c> asks for every channel) and /my-games (the caller's, in every server they share with the bot).
/// </summary>
internal sealed class GameListCommands(GameQueries games, MemberProjection members, GameListReply reply, WebLinks links)
{
    public const string ListGames = "list-games";
    public const string MyGames = "my-games";
    public const string ChannelOption = "channel";
    public const string ShowAllOption = "show_all";

    /// <summary>What the bot registers with Discord at start (a bulk overwrite, so the set is exactly this).</summary>
    public static IReadOnlyList<ApplicationCommand> Definitions { get; } =
    [
        new(ListGames, "Upcoming games in this server", Options:
        [
            new(ApplicationCommandOptionType.Channel, ChannelOption, "Only games announced in this channel", ChannelTypes: [ChannelType.GuildText]),
            new(ApplicationCommandOptionType.Boolean, ShowAllOption, "Games from every channel in this server, even with a channel chosen"),
        ]),
        new(MyGames, "Games you host or play in"),
    ];

    public async Task<OutgoingMessage> HandleAsync(Interaction interaction, CancellationToken ct) => interaction.Data?.Name switch
    {
        ListGames => await ListGamesAsync(interaction, ct),
        MyGames => await MyGamesAsync(interaction, ct),
        _ => InteractionReplies.Unsupported,
    };

    private async Task<OutgoingMessage> ListGamesAsync(Interaction interaction, CancellationToken ct)
    {
        if (InteractionCaller.InGuild(interaction) is not { } caller) return InteractionReplies.NotInServer;

        var guildId = interaction.GuildId!;
        var channelId = BooleanOption(interaction, ShowAllOption) ? null : StringOption(interaction, ChannelOption);
        var page = await games.ListAsync(caller, Upcoming(guildId) with { ChannelId = channelId }, ct);
        var (heading, empty) = channelId is null
            ? ("Upcoming games in this server", "No games are scheduled in this server yet.")
            : ("Upcoming games in the chosen channel", $"No games are scheduled in <#{channelId}> yet.");
        return reply.Render(heading, page.Items, caller.UserId, page.Total > page.Items.Count, links.GuildGames(guildId), empty);
    }

    private static string? StringOption(Interaction interaction, string name) =>
        Option(interaction, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool BooleanOption(Interaction interaction, string name) =>
        Option(interaction, name) is { ValueKind: JsonValueKind.True };

    private static JsonElement? Option(Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(option => option.Name == name)?.Value;

    private async Task<OutgoingMessage> MyGamesAsync(Interaction interaction, CancellationToken ct)
    {
        if (interaction.Invoker is not { } user) return InteractionReplies.Unsupported;

        var caller = await CallerInAllGuildsAsync(interaction, user);
        var hosting = await games.ListAsync(caller, Upcoming() with { Role = GameRoleFilter.Host }, ct);
        var playing = await games.ListAsync(caller, Upcoming() with { Role = GameRoleFilter.Participant }, ct);
        var mine = hosting.Items.Concat(playing.Items).DistinctBy(game => game.Id).OrderBy(game => game.ScheduledAt).ToList();
        var hasMore = hosting.Total > hosting.Items.Count || playing.Total > playing.Items.Count;
        return reply.Render("Your upcoming games", mine, user.Id, hasMore, links.MyGames, "You have no upcoming games.");
    }

    /// <summary>
    /// The caller in every guild the member projection knows them in, with their roles there (permissions matter only to
    /// what the list does not show). The interaction's own guild comes with its real standing.
    /// </summary>
    private async Task<Caller> CallerInAllGuildsAsync(Interaction interaction, User user)
    {
        var guilds = (await members.MembershipsOfAsync(user.Id)).ToDictionary(membership => membership.GuildId);
        if (interaction is { GuildId: { } guildId, Member: { } member })
        {
            guilds[guildId] = InteractionCaller.Membership(guildId, user, member);
        }

        return new Caller(InteractionCaller.Profile(user), guilds);
    }

    private static GameListQuery Upcoming(string? guildId = null) =>
        new(GuildId: guildId, Status: GameStatus.Scheduled, PageSize: GameListReply.MaxGames);
}
