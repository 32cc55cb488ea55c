namespace GameScheduler.Discord.Tests.Gateway;

/// <summary>Dispatch data as the fake gateway sends it, shaped like Discord's.</summary>
internal static class GatewayPayloads
{
    public const string GuildId = "1200000000000000001";

    public static string Ready(string sessionId, string resumeUrl) => $$"""
        {"v":10,"user":{"id":"1100000000000000001","username":"scheduler","bot":true},
         "guilds":[{"id":"{{GuildId}}","unavailable":true}],"session_id":"{{sessionId}}",
         "resume_gateway_url":"{{resumeUrl}}","application":{"id":"1100000000000000001","flags":0},"shard":[0,1]}
        """;

    public static string GuildCreate() => $$"""
        {"id":"{{GuildId}}","name":"Guild A","owner_id":"1300000000000000001","member_count":1,
         "channels":[{"id":"1210000000000000001","type":0,"name":"general"}],
         "roles":[{"id":"{{GuildId}}","name":"@everyone","permissions":"0"}],
         "members":[{"user":{"id":"1300000000000000001","username":"alice_owner"},"roles":[]}]}
        """;

    public static string MemberAdd(string userId) => $$"""
        {"guild_id":"{{GuildId}}","user":{"id":"{{userId}}","username":"user{{userId}}"},"roles":[],"joined_at":"2026-01-01T00:00:00+00:00"}
        """;

    public static string Interaction(string id) => $$"""
        {"id":"{{id}}","application_id":"1100000000000000001","type":3,"token":"token-{{id}}","version":1,
         "guild_id":"{{GuildId}}","channel_id":"1210000000000000001","data":{"custom_id":"join_game:1","component_type":2},
         "member":{"user":{"id":"1300000000000000003","username":"anna"},"roles":[],"permissions":"0"} }
        """;

    public static string Channel(string channelId, string name) => $$"""
        {"id":"{{channelId}}","type":0,"guild_id":"{{GuildId}}","name":"{{name}}","position":1,
         "permission_overwrites":[{"id":"{{GuildId}}","type":0,"allow":"0","deny":"1024"}]}
        """;

    public static string RoleChange(string roleId, string name, string permissions) => $$"""
        {"guild_id":"{{GuildId}}","role":{"id":"{{roleId}}","name":"{{name}}","permissions":"{{permissions}}","position":1,"color":0} }
        """;

    public static string RoleDelete(string roleId) => $$"""{"guild_id":"{{GuildId}}","role_id":"{{roleId}}"}""";

    public static string GuildUpdate(string name, string ownerId) => $$"""
        {"id":"{{GuildId}}","name":"{{name}}","icon":"a1b2c3","owner_id":"{{ownerId}}",
         "roles":[{"id":"{{GuildId}}","name":"@everyone","permissions":"0"}]}
        """;
}
