using GameScheduler.Api.Infrastructure;
using GameScheduler.Core;
using GameScheduler.Core.Guilds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Guilds;

public static class GuildsApi
{
    public static IEndpointRouteBuilder MapGuildsApi(this IEndpointRouteBuilder app)
    {
        var guilds = app.MapGroup("/api/v1/guilds").WithTags("Guilds").RequireAuthorization();
        guilds.MapGet("/", ListGuildsAsync)
            .WithName("ListGuilds")
            .WithSummary("List the servers the caller shares with the bot");
        guilds.MapGet("/{guildId}", GetGuildAsync)
            .WithName("GetGuild")
            .WithSummary("Get a server");
        guilds.MapGet("/{guildId}/channels", ListChannelsAsync)
            .WithName("ListGuildChannels")
            .WithSummary("List a server's channels");
        guilds.MapGet("/{guildId}/roles", ListRolesAsync)
            .WithName("ListGuildRoles")
            .WithSummary("List a server's roles");
        guilds.MapGet("/{guildId}/members", SearchMembersAsync)
            .WithName("SearchGuildMembers")
            .WithSummary("Find a server's members by name (at most 25)");
        guilds.MapPut("/{guildId}/config", UpdateConfigAsync)
            .WithName("UpdateGuildConfig")
            .WithSummary("Set a server's bot-manager roles (bot manager)");
        return app;
    }

    public static async Task<Ok<GuildResponse[]>> ListGuildsAsync(
        HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct) =>
        TypedResults.Ok((await guilds.ListAsync(await membership.CallerAsync(context, ct), ct)).Select(GuildResponse.Of).ToArray());

    public static async Task<Results<Ok<GuildResponse>, NotFound>> GetGuildAsync(
        string guildId, HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct) =>
        await guilds.FindAsync(await membership.CallerAsync(context, ct), guildId, ct) is { } guild
            ? TypedResults.Ok(GuildResponse.Of(guild))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<ChannelView>>, NotFound>> ListChannelsAsync(
        string guildId, HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct) =>
        await guilds.ChannelsAsync(await membership.CallerAsync(context, ct), guildId, ct) is { } channels
            ? TypedResults.Ok(channels)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<RoleView>>, NotFound>> ListRolesAsync(
        string guildId, HttpContext context, GuildMembership membership, GuildQueries guilds, CancellationToken ct) =>
        await guilds.RolesAsync(await membership.CallerAsync(context, ct), guildId, ct) is { } roles
            ? TypedResults.Ok(roles)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<GuildMemberResponse>>, NotFound>> SearchMembersAsync(
        string guildId, string? query, HttpContext context, GuildMembership membership, GuildQueries guilds, GuildMemberDirectory members,
        CancellationToken ct) =>
        await guilds.FindAsync(await membership.CallerAsync(context, ct), guildId, ct) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await members.SearchAsync(guildId, query ?? "", ct));

    public static async Task<Results<Ok<GuildResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateConfigAsync(
        string guildId, GuildConfigRequest request, HttpContext context, GuildMembership membership, GuildSettingsService settings,
        CancellationToken ct)
    {
        if (request.BotManagerRoleIds is null)
        {
            return CommandProblems.Invalid(ValidationFailed.For("bot_manager_role_ids", "List the bot-manager role ids (an empty list clears them)."));
        }

        return await settings.SetBotManagerRolesAsync(await membership.CallerAsync(context, ct), guildId, request.BotManagerRoleIds, ct) switch
        {
            GuildSettingsSaved saved => TypedResults.Ok(GuildResponse.Of(saved.Guild)),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };
    }
}
