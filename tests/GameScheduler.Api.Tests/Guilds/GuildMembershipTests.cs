using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Tests.Auth;
using GameScheduler.Api.Tests.Infrastructure;
using GameScheduler.Api.Tests.Realtime;
using GameScheduler.Core.Members;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Guilds;

/// <summary>
/// A logged-in user's memberships through the real session scheme and Valkey: guilds and manager standing from Discord's
/// guild list, roles from the bot's member projection.
/// </summary>
[Collection(ValkeyCollection.Name)]
public sealed class GuildMembershipTests(ValkeyFixture valkey) : IAsyncLifetime
{
    private const string ManagedGuild = "1200000000000000001";
    private const string PlayedGuild = "1200000000000000002";
    private readonly FakeDiscordGuilds _discord = new();
    private readonly string _userId = Random.Shared.NextInt64(1_000_000_000_000_000_00, 9_000_000_000_000_000_000).ToString();
    private ConventionsHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord.Guilds =
        [
            new OAuthGuild(ManagedGuild, "Managed", null, Owner: false, Permissions: ((ulong)Permissions.ManageGuild).ToString()),
            new OAuthGuild(PlayedGuild, "Played", null, Owner: false, Permissions: ((ulong)(Permissions.ViewChannel | Permissions.SendMessages)).ToString()),
        ];
        _host = await SessionHost.StartAsync(valkey, _discord,
            app => app.MapGet("/api/v1/memberships", async (HttpContext context, GuildMembership membership, CancellationToken ct) =>
                    (await membership.CallerAsync(context, ct)).Guilds.Values.Select(m => new MembershipJson(m.GuildId, [.. m.RoleIds.Order()], m.CanManageGuild)))
                .RequireAuthorization(),
            services => services.AddSingleton<GuildMembership>());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record MembershipJson(string GuildId, string[] RoleIds, bool CanManageGuild);

    [Fact]
    public async Task Roles_come_from_the_bots_member_projection_and_manager_standing_from_discords_guild_list()
    {
        await ProjectRolesAsync(PlayedGuild, "1500000000000000002", "1500000000000000001");
        var session = await LogInAsync();

        var memberships = await MembershipsAsync(session);

        Assert.Equal(
            [$"{ManagedGuild} roles: [] manages: True", $"{PlayedGuild} roles: [1500000000000000001, 1500000000000000002] manages: False"],
            memberships.Select(m => $"{m.GuildId} roles: [{string.Join(", ", m.RoleIds)}] manages: {m.CanManageGuild}").Order());
        Assert.Equal(1, _discord.Requests);
    }

    [Fact]
    public async Task A_forgotten_list_is_asked_of_discord_again_and_delivery_sees_the_change()
    {
        var session = await LogInAsync();
        await MembershipsAsync(session);
        var membership = _host.Services.GetRequiredService<GuildMembership>();
        Assert.Equal([true], await membership.AreMembersAsync([_userId], ManagedGuild, default));

        _discord.Guilds = [.. _discord.Guilds.Where(guild => guild.Id == PlayedGuild)];
        await membership.ForgetAsync(_userId, default);

        Assert.Equal([null], await membership.AreMembersAsync([_userId], ManagedGuild, default));
        Assert.Equal([PlayedGuild], (await MembershipsAsync(session)).Select(m => m.GuildId));
        Assert.Equal(2, _discord.Requests);
        Assert.Equal([false], await membership.AreMembersAsync([_userId], ManagedGuild, default));
    }

    [Fact]
    public async Task Discord_refusing_the_users_token_ends_the_session_with_a_401_and_clears_the_cookie()
    {
        var session = await LogInAsync();
        _discord.RefusesToken = true;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/memberships");
        request.Headers.Add("Cookie", $"session_token={session}");
        using var response = await _host.Client.SendAsync(request);

        var problem = await response.ReadProblemAsync(System.Net.HttpStatusCode.Unauthorized);
        Assert.Equal("Session ended", problem.GetProperty("title").GetString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("session_token=;"));
        Assert.Null(await _host.Services.GetRequiredService<SessionStore>().FindAsync(session));
    }

    /// <summary>Writes a member's roles in the layout the bot's gateway projection uses.</summary>
    private Task ProjectRolesAsync(string guildId, params string[] roleIds) =>
        valkey.Connection.GetDatabase().HashSetAsync(
            MemberProjectionKeys.MemberRoles(_userId), guildId, MemberProjectionKeys.EncodeRoles(roleIds));

    private async Task<string> LogInAsync()
    {
        using var scope = _host.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<DiscordTokens>().Seal(
            new OAuthUser(_userId, "anna", "Anna", null),
            new OAuthTokens("access", "Bearer", 3600, "refresh", DiscordOAuthClient.Scopes));
        return await _host.Services.GetRequiredService<SessionStore>().CreateAsync(session);
    }

    private async Task<List<MembershipJson>> MembershipsAsync(string sessionToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/memberships");
        request.Headers.Add("Cookie", $"session_token={sessionToken}");
        using var response = await _host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<MembershipJson>>(Json))!;
    }
}
