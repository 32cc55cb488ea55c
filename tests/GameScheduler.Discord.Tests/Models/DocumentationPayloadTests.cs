using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Models;

/// <summary>
/// Payloads shaped like the examples in Discord's API documentation (retyped, values changed), each with fields this client
/// does not know, which must be ignored.
/// </summary>
public sealed class DocumentationPayloadTests
{
    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, DiscordJson.Options)!;

    [Fact]
    public void Ready_gives_the_session_to_resume_and_the_unavailable_guilds()
    {
        var ready = Parse<ReadyEvent>("""
            {
              "v": 10,
              "user_settings": {},
              "user": { "id": "80351110224678912", "username": "Nelly", "discriminator": "0", "avatar": "8342729096ea3675442027381ff50dfe", "bot": true, "verified": true },
              "guilds": [ { "id": "41771983423143937", "unavailable": true } ],
              "session_id": "9e2c3a6f1b7d4e08",
              "resume_gateway_url": "wss://gateway-us-east1-b.discord.gg",
              "shard": [0, 1],
              "application": { "id": "80351110224678912", "flags": 8667136 },
              "_trace": ["[\"gateway-prd-main-abcd\",{\"micros\":0.0}]"]
            }
            """);

        Assert.Equal(10, ready.V);
        Assert.Equal("80351110224678912", ready.User.Id);
        Assert.True(ready.User.Bot);
        Assert.Equal("9e2c3a6f1b7d4e08", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        var guild = Assert.Single(ready.Guilds);
        Assert.Equal("41771983423143937", guild.Id);
        Assert.False(guild.BotWasRemoved);
        Assert.Equal(8667136, ready.Application.Flags);
    }

    [Fact]
    public void Guild_create_carries_channels_roles_and_members()
    {
        var guild = Parse<Guild>("""
            {
              "id": "197038439483310086",
              "name": "Discord Testers",
              "icon": "f64c482b807da4f539cff778d174971c",
              "owner_id": "73193882359173120",
              "afk_timeout": 300,
              "features": ["COMMUNITY", "NEWS"],
              "verification_level": 1,
              "large": false,
              "member_count": 2,
              "joined_at": "2024-01-05T18:21:04.412000+00:00",
              "roles": [
                { "id": "197038439483310086", "name": "@everyone", "permissions": "104324673", "position": 0, "color": 0, "hoist": false, "managed": false, "mentionable": false },
                { "id": "224233201183162368", "name": "Game Master", "permissions": "32", "position": 1, "color": 3447003, "tags": {} }
              ],
              "channels": [
                { "id": "197038439483310086", "type": 0, "guild_id": "197038439483310086", "name": "general", "position": 0, "topic": null, "nsfw": false,
                  "permission_overwrites": [{ "id": "224233201183162368", "type": 0, "allow": "2048", "deny": "0" }] },
                { "id": "41771983444115456", "type": 15, "name": "forum", "position": 3 }
              ],
              "members": [
                { "user": { "id": "73193882359173120", "username": "owner", "global_name": "The Owner", "avatar": null }, "nick": null, "roles": [], "joined_at": "2015-04-26T06:26:56.936000+00:00", "deaf": false, "mute": false, "flags": 0 },
                { "user": { "id": "80351110224678912", "username": "nelly" }, "nick": "NellyGM", "roles": ["224233201183162368"], "joined_at": "2016-01-01T00:00:00+00:00" }
              ],
              "threads": [],
              "presences": []
            }
            """);

        Assert.Equal("Discord Testers", guild.Name);
        Assert.Equal("73193882359173120", guild.OwnerId);
        Assert.Equal(2, guild.MemberCount);
        Assert.Equal(["@everyone", "Game Master"], guild.Roles!.Select(r => r.Name));
        Assert.Equal("32", guild.Roles![1].Permissions);
        Assert.Equal(ChannelType.GuildText, guild.Channels![0].Type);
        Assert.Equal((ChannelType)15, guild.Channels[1].Type);
        Assert.Equal([new PermissionOverwrite("224233201183162368", PermissionOverwriteType.Role, "2048", "0")], guild.Channels[0].PermissionOverwrites!);
        Assert.Equal(["The Owner", "NellyGM"], guild.Members!.Select(m => m.DisplayName));
    }

    [Fact]
    public void Guild_member_add_update_and_remove_name_the_guild()
    {
        var added = Parse<GuildMemberEvent>("""
            { "guild_id": "197038439483310086", "user": { "id": "53908232506183680", "username": "mason", "global_name": null, "public_flags": 131141 },
              "nick": null, "roles": [], "joined_at": "2024-02-01T10:00:00.000000+00:00", "deaf": false, "mute": false, "pending": false, "flags": 0 }
            """);
        var updated = Parse<GuildMemberEvent>("""
            { "guild_id": "197038439483310086", "user": { "id": "53908232506183680", "username": "mason" },
              "nick": "Mase", "roles": ["224233201183162368"], "joined_at": "2024-02-01T10:00:00.000000+00:00", "premium_since": null, "communication_disabled_until": null }
            """);
        var removed = Parse<GuildMemberRemoveEvent>("""
            { "guild_id": "197038439483310086", "user": { "id": "53908232506183680", "username": "mason", "avatar": "a_1234" } }
            """);

        Assert.Equal("197038439483310086", added.GuildId);
        Assert.Equal("mason", added.Member.DisplayName);
        Assert.Equal(["224233201183162368"], updated.Roles);
        Assert.Equal("Mase", updated.Member.DisplayName);
        Assert.Equal("53908232506183680", removed.User.Id);
    }

    [Fact]
    public void Guild_delete_tells_an_outage_from_a_removal()
    {
        Assert.False(Parse<UnavailableGuild>("""{ "id": "41771983423143937", "unavailable": true }""").BotWasRemoved);
        Assert.True(Parse<UnavailableGuild>("""{ "id": "41771983423143937" }""").BotWasRemoved);
    }

    [Fact]
    public void Component_interaction_gives_the_custom_id_the_member_and_the_message()
    {
        var interaction = Parse<Interaction>("""
            {
              "id": "846462639134605312",
              "application_id": "775799577604522054",
              "type": 3,
              "version": 1,
              "token": "aW50ZXJhY3Rpb246ODQ2NDYyNjM5MTM0NjA1MzEy",
              "guild_id": "290926798626357250",
              "channel_id": "345626669114982999",
              "channel": { "id": "345626669114982999", "type": 0, "name": "game-night", "guild_id": "290926798626357250" },
              "app_permissions": "442368",
              "locale": "en-US",
              "guild_locale": "en-US",
              "entitlements": [],
              "authorizing_integration_owners": { "0": "290926798626357250" },
              "context": 0,
              "data": { "custom_id": "join_game:7f7a3c2e", "component_type": 2 },
              "member": {
                "user": { "id": "53908232506183680", "username": "Mason", "avatar": "a_d5efa99b3eeaa7dd43acca82f5692432", "discriminator": "0", "public_flags": 131141 },
                "roles": ["290926798626357999"],
                "premium_since": null,
                "permissions": "17179869183",
                "pending": false,
                "nick": null,
                "mute": false,
                "joined_at": "2017-03-13T19:19:14.040000+00:00",
                "deaf": false
              },
              "message": {
                "id": "846462639134605313", "channel_id": "345626669114982999", "type": 0, "content": "", "tts": false, "pinned": false,
                "timestamp": "2021-05-19T02:12:51.710000+00:00", "edited_timestamp": null, "flags": 0, "mentions": [],
                "author": { "id": "775799577604522054", "username": "scheduler", "bot": true },
                "embeds": [ { "type": "rich", "title": "Friday raid", "description": "Bring potions", "color": 5793266,
                              "fields": [ { "name": "Players", "value": "1/10", "inline": true } ], "footer": { "text": "Game 7f7a3c2e" } } ],
                "components": [ { "type": 1, "id": 1, "components": [
                  { "type": 2, "id": 2, "style": 3, "label": "Join", "custom_id": "join_game:7f7a3c2e", "emoji": { "name": "🎲" } },
                  { "type": 2, "id": 3, "style": 4, "label": "Leave", "custom_id": "leave_game:7f7a3c2e", "disabled": false } ] } ]
              }
            }
            """);

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal("join_game:7f7a3c2e", interaction.Data!.CustomId);
        Assert.Equal(2, interaction.Data.ComponentType);
        Assert.Equal("53908232506183680", interaction.Invoker!.Id);
        Assert.Equal("17179869183", interaction.Member!.Permissions);
        Assert.Equal("345626669114982999", interaction.Channel!.Id);
        var message = interaction.Message!;
        Assert.Equal("Friday raid", Assert.Single(message.Embeds!).Title);
        Assert.Equal(
            [("join_game:7f7a3c2e", ButtonStyle.Success), ("leave_game:7f7a3c2e", ButtonStyle.Danger)],
            Assert.Single(message.Components!).Components.Select(b => (b.CustomId!, b.Style)));
    }

    [Fact]
    public void Component_click_in_the_bots_dm_gives_the_user_and_no_guild_or_member()
    {
        var interaction = Parse<Interaction>("""
            {
              "id": "846462639134605312", "application_id": "775799577604522054", "type": 3, "version": 1,
              "token": "aW50ZXJhY3Rpb246ODQ2NDYyNjM5MTM0NjA1MzEy",
              "channel_id": "1019371218128916491",
              "channel": { "id": "1019371218128916491", "type": 1, "last_message_id": "1019371218128916493", "flags": 0,
                           "recipients": [ { "id": "53908232506183680", "username": "Mason", "discriminator": "0" } ] },
              "app_permissions": "442368", "locale": "en-US", "entitlements": [],
              "authorizing_integration_owners": { "0": "0" }, "context": 1,
              "data": { "custom_id": "confirm_game:7f7a3c2e", "component_type": 2 },
              "user": { "id": "53908232506183680", "username": "Mason", "avatar": "a_d5efa99b3eeaa7dd43acca82f5692432", "discriminator": "0", "public_flags": 131141 },
              "message": { "id": "1019371218128916493", "channel_id": "1019371218128916491", "type": 0, "content": "Still playing?",
                           "author": { "id": "775799577604522054", "username": "scheduler", "bot": true } }
            }
            """);

        Assert.Null(interaction.GuildId);
        Assert.Null(interaction.Member);
        Assert.Equal("53908232506183680", interaction.User!.Id);
        Assert.Equal("53908232506183680", interaction.Invoker!.Id);
        Assert.Equal("1019371218128916491", interaction.ChannelId);
        Assert.Equal("1019371218128916493", interaction.Message!.Id);
        Assert.Equal("confirm_game:7f7a3c2e", interaction.Data!.CustomId);
    }

    [Fact]
    public void Slash_command_interaction_gives_the_command_and_its_options()
    {
        var interaction = Parse<Interaction>("""
            {
              "id": "786008729715212338", "application_id": "775799577604522054", "type": 2, "version": 1, "token": "A_UNIQUE_TOKEN",
              "guild_id": "290926798626357250", "channel_id": "645027906669510667",
              "data": { "id": "771825006014889984", "name": "list-games", "type": 1, "guild_id": "290926798626357250",
                        "options": [ { "type": 3, "name": "status", "value": "upcoming" }, { "type": 5, "name": "mine", "value": true } ] },
              "member": { "user": { "id": "53908232506183680", "username": "Mason" }, "roles": [], "permissions": "2147483647", "nick": "M" }
            }
            """);

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("list-games", interaction.Data!.Name);
        Assert.Equal(ApplicationCommandType.ChatInput, interaction.Data.Type);
        var options = interaction.Data.Options!;
        Assert.Equal("upcoming", options[0].Value!.Value.GetString());
        Assert.Equal(ApplicationCommandOptionType.Boolean, options[1].Type);
        Assert.True(options[1].Value!.Value.GetBoolean());
    }

    [Fact]
    public void Gateway_bot_gives_the_url_and_session_start_limit()
    {
        var gateway = Parse<GatewayBot>("""
            { "url": "wss://gateway.discord.gg", "shards": 9,
              "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1 }, "extra": 1 }
            """);

        Assert.Equal("wss://gateway.discord.gg", gateway.Url);
        Assert.Equal(9, gateway.Shards);
        Assert.Equal(999, gateway.SessionStartLimit.Remaining);
        Assert.Equal(14400000, gateway.SessionStartLimit.ResetAfter);
    }

    [Fact]
    public void An_outgoing_message_is_written_in_discords_shape_without_the_fields_left_out()
    {
        var message = new OutgoingMessage(
            Embeds: [new Embed(Title: "Friday raid", Fields: [new EmbedField("When", "<t:1735689600:F>", Inline: true)])],
            Components: [new ActionRow([new Button(ButtonStyle.Success, "Join", "join_game:1"), new Button(ButtonStyle.Link, "Open", Url: "https://example.org/g/1")])]);

        var json = JsonSerializer.SerializeToElement(InteractionResponse.Reply(message, ephemeral: true), DiscordJson.Options);

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.False(data.TryGetProperty("content", out _));
        Assert.Equal("When", data.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());
        var row = data.GetProperty("components")[0];
        Assert.Equal(1, row.GetProperty("type").GetInt32());
        var join = row.GetProperty("components")[0];
        Assert.Equal(2, join.GetProperty("type").GetInt32());
        Assert.Equal(3, join.GetProperty("style").GetInt32());
        Assert.Equal("join_game:1", join.GetProperty("custom_id").GetString());
        Assert.False(row.GetProperty("components")[1].TryGetProperty("custom_id", out _));
    }
}
