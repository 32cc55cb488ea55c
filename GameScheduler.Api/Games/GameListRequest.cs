using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Games;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.Api.Games;

/// <summary>The query string of <c>GET /api/v1/games</c>: <c>guild_id</c>, <c>status</c>, <c>role=host|participant</c>, paging.</summary>
public sealed record GameListRequest(
    [FromQuery(Name = "guild_id")] string? GuildId,
    string? Status,
    string? Role,
    int? Page,
    [FromQuery(Name = "page_size")] int? PageSize)
{
    public const int DefaultPageSize = 20;

    private static readonly Dictionary<string, GameRoleFilter> Roles = new()
    {
        ["host"] = GameRoleFilter.Host,
        ["participant"] = GameRoleFilter.Participant,
    };

    /// <summary>The query for Core, or false with a message per wrong parameter.</summary>
    public bool TryToQuery(out GameListQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        GameStatus? status = null;
        if (Status is not null)
        {
            if (ApiJson.TryParseEnum<GameStatus>(Status, out var parsed)) status = parsed;
            else errors["status"] = ["Use SCHEDULED, IN_PROGRESS, COMPLETED or CANCELLED."];
        }

        GameRoleFilter? role = null;
        if (Role is not null)
        {
            if (Roles.TryGetValue(Role, out var parsed)) role = parsed;
            else errors["role"] = ["Use host or participant."];
        }

        if (Page < 1) errors["page"] = ["Pages start at 1."];
        else if (Page > GameListQuery.MaxPage) errors["page"] = [$"Pages end at {GameListQuery.MaxPage}."];
        if (PageSize is < 1 or > GameListQuery.MaxPageSize) errors["page_size"] = [$"A page holds 1 to {GameListQuery.MaxPageSize} games."];

        query = new GameListQuery(GuildId, status, role, Page ?? 1, PageSize ?? DefaultPageSize);
        return errors.Count == 0;
    }
}
