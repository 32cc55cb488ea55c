using GameScheduler.EndToEnd.Tests.Tracing.Otlp;

namespace GameScheduler.EndToEnd.Tests.Tracing;

/// <summary>One exported span, with the service (<c>service.name</c>) and instrumentation scope that sent it.</summary>
public sealed record ReceivedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    Span.Types.SpanKind Kind,
    DateTimeOffset Start,
    IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public override string ToString() => $"{Service} {Scope} \"{Name}\" ({Kind}) trace {TraceId} at {Start:HH:mm:ss.fff}";

    public static IEnumerable<ReceivedSpan> From(ExportTraceServiceRequest request) =>
        from resourceSpans in request.ResourceSpans
        let service = Text(resourceSpans.Resource?.Attributes ?? [], "service.name") ?? "(unknown)"
        from scopeSpans in resourceSpans.ScopeSpans
        from span in scopeSpans.Spans
        select new ReceivedSpan(
            service,
            scopeSpans.Scope?.Name ?? "",
            Convert.ToHexStringLower(span.TraceId.Span),
            Convert.ToHexStringLower(span.SpanId.Span),
            span.ParentSpanId.IsEmpty ? null : Convert.ToHexStringLower(span.ParentSpanId.Span),
            span.Name,
            span.Kind,
            DateTimeOffset.UnixEpoch.AddTicks((long)(span.StartTimeUnixNano / 100)),
            span.Attributes.ToDictionary(attribute => attribute.Key, attribute => ValueText(attribute.Value)));

    private static string? Text(IEnumerable<KeyValue> attributes, string key) =>
        attributes.FirstOrDefault(attribute => attribute.Key == key) is { } found ? ValueText(found.Value) : null;

    private static string ValueText(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };
}
