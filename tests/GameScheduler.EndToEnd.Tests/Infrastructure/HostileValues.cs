using System.Text;
using System.Text.Json;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Values no route may accept, by where they go: route ids and query values (already URL-encoded) and JSON body fields
/// (raw JSON), each wrong for what its field holds. Random ids come from the seeded <paramref name="random"/>;
/// <paramref name="otherGuild"/> names, by parameter or field name, an id of a guild the caller is not in.
/// </summary>
public sealed class HostileValues(Random random, Func<string, string?> otherGuild)
{
    public const int LongLength = 100_000;

    private static readonly string Long = new('x', LongLength);

    /// <summary>URL-encoded values for a route id: NUL, invalid UTF-8, overlong, overflowing, unknown, another guild's.</summary>
    public IEnumerable<string> RouteIds(string parameter) =>
    [
        "%00", "12%00", "%01%1F", "%FF%FE", "%E2%80%AE1", "%20", "-1", "0", "99999999999999999999999",
        new string('9', 4_000), "%2E%2E%2F%2E%2E", "null", NewUuid(), NewSnowflake(), .. Optional(otherGuild(parameter)),
    ];

    /// <summary>URL-encoded query values; <paramref name="few"/> keeps to a handful, for routes with a per-address limit.</summary>
    public IEnumerable<string> QueryValues(string parameter, bool few) => few
        ? ["%00", "%FF", new string('x', 4_000), "-1", .. Optional(otherGuild(parameter))]
        :
        [
            "%00", "a%00b", "%01", "%FF", new string('x', 4_000), "", "-1", "0", "2147483648", "-2147483649", "1e309", "NaN",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", NewSnowflake(), .. Optional(otherGuild(parameter)),
        ];

    /// <summary>Raw JSON values <paramref name="field"/> must refuse; an object's come from its own fields, one at a time.</summary>
    public IEnumerable<string> ForField(BodyField field) => field.Kind switch
    {
        FieldKind.Text => Text,
        FieldKind.Id => [.. Text, Json("%00"), Json("-1"), Json("99999999999999999999999"), Json(NewSnowflake()), .. OtherGuildJson(field.Name)],
        FieldKind.Integer => Integers,
        FieldKind.DateTime =>
        [
            Json("0001-01-01T00:00:00Z"), Json("9999-12-31T23:59:59Z"), Json("garbage"), Json("2024-13-45T25:61:61Z"),
            Json("+275760-09-13T00:00:00Z"), Json("\0"), "0", "[]",
        ],
        FieldKind.Uuid => [Json("not-a-uuid"), Json("\0"), Json(NewUuid()), "123", "[]", .. OtherGuildJson(field.Name)],
        FieldKind.Boolean => [Json("maybe"), Json("true"), "2", Json("\0"), "[]", "{}"],
        FieldKind.Enum => [Json("NOT_A_VALUE"), Json("\0"), Json(Long), "99", "-1", "[]", "{}"],
        FieldKind.Object =>
        [
            "[]", Json("weekly"), "42",
            .. field.Fields.SelectMany(inner => ForField(inner).Select(value => $"{{{Json(inner.Name)}:{value}}}")),
        ],
        FieldKind.TextList => [$"[{Json("\0")}]", $"[{Json(Long)}]", "[12]", "[null]", Json("x"), "{}"],
        FieldKind.IdList =>
        [
            $"[{Json("\0")}]", $"[{Json("%00")}]", $"[{Json(Long)}]", $"[{string.Join(',', Enumerable.Range(0, 1_000).Select(_ => Json(NewSnowflake())))}]",
            "[12]", "[null]", "[[]]", Json("1"), "{}", .. Optional(otherGuild(field.Name)).Select(id => $"[{Json(id)}]"),
        ],
        FieldKind.IntegerList =>
        [
            "[2147483648]", "[\"NaN\"]", "[1e309]", "[-1]", $"[{string.Join(',', Enumerable.Range(1, 10_000))}]", "[null]",
            "[[1]]", Json("1"), "{}",
        ],
        FieldKind.UuidList =>
        [
            $"[{Json("not-a-uuid")}]", $"[{Json("\0")}]", $"[{Json(NewUuid())}]",
            $"[{string.Join(',', Enumerable.Range(0, 1_000).Select(_ => Json(NewUuid())))}]", "[null]", Json("x"), "{}",
            .. Optional(otherGuild(field.Name)).Select(id => $"[{Json(id)}]"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "No hostile values for this kind of field."),
    };

    /// <summary>Bodies no JSON route can read: broken, the wrong shape, too deep, not UTF-8, or not declared JSON.</summary>
    public static IEnumerable<(string Label, byte[] Body, string ContentType)> MalformedBodies =>
    [
        .. new[] { "{", "[1,", "{\"title\":}", "\"\\u0000\"", "null", "[]", "\"text\"", "1", "", new string('[', 10_000) }
            .Select(text => (text, Encoding.UTF8.GetBytes(text), "application/json")),
        ("invalid UTF-8", [(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'], "application/json"),
        ("{} as text/plain", "{}"u8.ToArray(), "text/plain"),
    ];

    private static readonly string[] Text =
        [Json("Cat\0an"), Json("\u0001\u001b\u007f"), Json(Long), "\"\\ud800\"", "12345", "true", "[\"a\"]", "{\"a\":1}"];

    private static readonly string[] Integers =
        ["2147483648", "\"2147483648\"", "-2147483649", "1e309", "\"NaN\"", "\"Infinity\"", "1.5", "\"many\"", "[1]", "{}"];

    private IEnumerable<string> OtherGuildJson(string name) => Optional(otherGuild(name)).Select(Json);

    private static IEnumerable<string> Optional(string? value) => value is null ? [] : [value];

    private static string Json(string value) => JsonSerializer.Serialize(value);

    private string NewUuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private string NewSnowflake() => random.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString();
}
