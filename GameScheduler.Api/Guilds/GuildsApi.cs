using GameScheduler.Core.Guilds;
using GameScheduler.Core.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Guilds;

public static class GuildsApi
{
    public static IEndpointRouteBuilder MapGuildsApi(this IEndpointRouteBuilder app)
    {
        var guilds = app.MapGroup("/api/v1/guilds").WithTags("Guilds").RequireAuthorization();
        guilds.MapGet("/", ListGuildsAsync);
        guilds.MapGet("/{guildId}", GetGuildAsync);
        guilds.MapGet("/{guildId}/channels", ListChannelsAsync);
        guilds.MapGet("/{guildId}/roles", ListRolesAsync);
        guilds.MapGet("/{guildId}/templates", ListTemplatesAsync);
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

    public static async Task<Results<Ok<IReadOnlyList<TemplateView>>, NotFound>> ListTemplatesAsync(
        string guildId, HttpContext context, GuildMembership membership, TemplateService templates, CancellationToken ct) =>
        await templates.ListAsync(await membership.CallerAsync(context, ct), guildId, ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();
}
