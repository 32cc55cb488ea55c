using System.Net.ServerSentEvents;
using System.Text;
using GameScheduler.Api.Realtime;

namespace GameScheduler.Api.Tests.Realtime;

public sealed class SseFrameTests
{
    private const string EventId = "6f1c2a3e-52b7-4f0e-9d51-0d3f7f5c9a10";
    private const string GameId = "0b6f6c1e-2f1d-4f6b-8d8a-1c2b3d4e5f60";
    private const string GuildId = "1200000000000000001";

    private static string Text(SseFrame frame) => Encoding.UTF8.GetString(frame.Utf8.Span);

    [Fact]
    public void An_update_is_an_id_line_and_one_data_line_with_no_event_field()
    {
        var frame = SseFrame.For(new GameUpdate(EventId, "game_updated", GameId, GuildId));

        Assert.Equal(
            $"id: {EventId}\ndata: {{\"type\":\"game_updated\",\"game_id\":\"{GameId}\",\"guild_id\":\"{GuildId}\"}}\n\n",
            Text(frame));
        Assert.Equal(EventId, frame.EventId);
    }

    [Fact]
    public void A_keepalive_is_a_comment()
    {
        Assert.Equal(": keepalive\n\n", Text(SseFrame.KeepAlive));
        Assert.Null(SseFrame.KeepAlive.EventId);
    }

    [Fact]
    public void A_resync_carries_the_position_to_resume_from_when_there_is_one()
    {
        Assert.Equal("id: 1700000000000-0\ndata: {\"type\":\"resync\"}\n\n", Text(SseFrame.Resync("1700000000000-0")));
        Assert.Equal("data: {\"type\":\"resync\"}\n\n", Text(SseFrame.Resync(position: null)));
    }

    [Fact]
    public async Task A_standard_parser_sees_unnamed_messages_with_their_ids_and_skips_keepalives()
    {
        var stream = new MemoryStream([
            .. SseFrame.For(new GameUpdate(EventId, "game_created", GameId, GuildId)).Utf8.ToArray(),
            .. SseFrame.KeepAlive.Utf8.ToArray(),
            .. SseFrame.Resync("1700000000000-0").Utf8.ToArray(),
        ]);

        var items = new List<SseItem<string>>();
        var parser = SseParser.Create(stream);
        await foreach (var item in parser.EnumerateAsync())
        {
            items.Add(item);
        }

        Assert.Equal(["message", "message"], items.Select(item => item.EventType));
        Assert.Equal([EventId, "1700000000000-0"], items.Select(item => item.EventId));
        Assert.Contains("\"type\":\"game_created\"", items[0].Data);
        Assert.Equal("{\"type\":\"resync\"}", items[1].Data);
    }
}
