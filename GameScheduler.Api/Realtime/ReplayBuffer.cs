using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Each guild's recent events in Valkey, for browsers that reconnect with <c>Last-Event-ID</c>: a stream per guild
/// holding its newest <see cref="RealtimeOptions.ReplayBufferLength"/> events, and per event id its position there.
/// Positions come from one clock shared by every guild's stream, so they order events across guilds.
/// Every Api instance receives every event; appending is one atomic script that does nothing when the event is already
/// stored, so each event is stored once however many replicas run.
/// </summary>
public sealed class ReplayBuffer(IConnectionMultiplexer valkey, IOptions<RealtimeOptions> options, TimeProvider time)
{
    private const string AppendScript = """
        -- KEYS[1]: the event's position, KEYS[2]: its guild's stream, KEYS[3]: the clock all streams share.
        -- ARGV: buffer length, retention in seconds, event id, type, game id, guild id.
        if redis.call('EXISTS', KEYS[1]) == 1 then
          return 0
        end
        -- The position is <milliseconds>-<sequence> from one clock and one sequence for every guild, never going back,
        -- so positions order events across guilds: a reader that has seen one guild's event finds every later event
        -- of the other guilds after it, even one added in the same millisecond.
        local now = redis.call('TIME')
        local milliseconds = math.max(now[1] * 1000 + math.floor(now[2] / 1000), tonumber(redis.call('HGET', KEYS[3], 'milliseconds') or '0'))
        redis.call('HSET', KEYS[3], 'milliseconds', string.format('%d', milliseconds))
        local sequence = redis.call('HINCRBY', KEYS[3], 'sequence', 1)
        local position = redis.call('XADD', KEYS[2], string.format('%d-%d', milliseconds, sequence),
          'event_id', ARGV[3], 'type', ARGV[4], 'game_id', ARGV[5], 'guild_id', ARGV[6])
        redis.call('SET', KEYS[1], position, 'EX', ARGV[2])
        redis.call('EXPIRE', KEYS[2], ARGV[2])
        -- Trimmed with XDEL rather than MAXLEN: only deletions advance max-deleted-entry-id, which tells a reader that
        -- entries it needs are gone.
        local excess = redis.call('XLEN', KEYS[2]) - tonumber(ARGV[1])
        if excess > 0 then
          for _, entry in ipairs(redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', excess)) do
            redis.call('XDEL', KEYS[2], entry[1])
          end
        end
        return 1
        """;

    private const string ReadScript = """
        -- KEYS: the guilds' streams. ARGV[1]: the position the client has seen, '' when it must resync anyway.
        -- Returns { head, 'resync' } or { head, 'events', position, event id, type, game id, guild id, ... }.
        local function newer(a, b)
          local am, as = string.match(a, '^(%d+)-(%d+)$')
          local bm, bs = string.match(b, '^(%d+)-(%d+)$')
          am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
          return am > bm or (am == bm and as > bs)
        end

        -- The head starts just before the current millisecond: an entry may still be added in it.
        local now = redis.call('TIME')
        local head = string.format('%d', now[1] * 1000 + math.floor(now[2] / 1000) - 1) .. '-9223372036854775807'
        local seen = ARGV[1]
        local resync = seen == ''
        local result = { '', 'events' }
        for _, key in ipairs(KEYS) do
          if redis.call('EXISTS', key) == 1 then
            local info = redis.call('XINFO', 'STREAM', key)
            local field = {}
            for i = 1, #info, 2 do field[info[i]] = info[i + 1] end
            if newer(field['last-generated-id'], head) then head = field['last-generated-id'] end
            if not resync then
              if newer(field['max-deleted-entry-id'], seen) then
                resync = true
              else
                for _, entry in ipairs(redis.call('XRANGE', key, '(' .. seen, '+')) do
                  local values = entry[2]
                  table.insert(result, entry[1])
                  for i = 2, #values, 2 do table.insert(result, values[i]) end
                end
              end
            end
          end
        end
        -- A position past the head was never handed out.
        if resync or newer(seen, head) then return { head, 'resync' } end
        result[1] = head
        return result
        """;

    private const int FieldsPerEvent = 5;

    private static readonly RedisKey ClockKey = "sse:replay:clock";

    public async Task AppendAsync(GameUpdate update, CancellationToken ct)
    {
        var settings = options.Value;
        await valkey.GetDatabase().ScriptEvaluateAsync(AppendScript,
            [EventKey(update.EventId), StreamKey(update.GuildId), ClockKey],
            [settings.ReplayBufferLength, (long)settings.ReplayRetention.TotalSeconds,
                update.EventId, update.Type, update.GameId, update.GuildId]).WaitAsync(ct);
    }

    /// <summary>
    /// The events of these guilds after <paramref name="lastEventId"/> (an event id, or a position from an earlier
    /// resync), or a resync when that id is unknown, older than the retention, newer than any event, or some of what
    /// followed was trimmed.
    /// </summary>
    public async Task<Replay> ReadAfterAsync(string lastEventId, IReadOnlyCollection<string> guildIds, CancellationToken ct)
    {
        var database = valkey.GetDatabase();
        var seen = await PositionOfAsync(database, lastEventId, ct);
        var replayable = seen is { } position && position.Time > time.GetUtcNow() - options.Value.ReplayRetention;
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(ReadScript,
            [.. guildIds.Select(StreamKey)], [replayable ? seen.ToString() : ""]).WaitAsync(ct))!;

        var head = result[0].ToString();
        if (result[1].ToString() == "resync")
        {
            return new Replay(head, MustResync: true, Missed: []);
        }

        var missed = result.Skip(2).Chunk(FieldsPerEvent)
            .Select(fields => (
                Position: StreamPosition.Parse(fields[0].ToString()),
                Update: new GameUpdate(fields[1].ToString(), fields[2].ToString(), fields[3].ToString(), fields[4].ToString())))
            .OrderBy(entry => entry.Position)
            .Select(entry => entry.Update)
            .ToList();
        return new Replay(head, MustResync: false, missed);
    }

    private static async Task<StreamPosition?> PositionOfAsync(IDatabase database, string lastEventId, CancellationToken ct)
    {
        if (StreamPosition.TryParse(lastEventId, out var position))
        {
            return position;
        }

        var stored = await database.StringGetAsync(EventKey(lastEventId)).WaitAsync(ct);
        return StreamPosition.TryParse(stored.ToString(), out position) ? position : null;
    }

    private static RedisKey EventKey(string eventId) => $"sse:replay:event:{eventId}";

    private static RedisKey StreamKey(string guildId) => $"sse:replay:guild:{guildId}";
}
