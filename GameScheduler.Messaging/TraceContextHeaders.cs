using System.Diagnostics;
using System.Text;

namespace GameScheduler.Messaging;

/// <summary>
/// Carries W3C trace context (<c>traceparent</c>, <c>tracestate</c>) in AMQP message headers, so one trace runs from
/// the request that caused an event through the broker to every consumer.
/// </summary>
internal static class TraceContextHeaders
{
    public const string Traceparent = "traceparent";

    public static void Inject(Activity activity, IDictionary<string, object?> headers) =>
        DistributedContextPropagator.Current.Inject(activity, headers,
            static (carrier, name, value) => ((IDictionary<string, object?>)carrier!)[name] = value);

    /// <summary>The sender's context, or <c>default</c> (a new trace) when the headers carry none.</summary>
    public static ActivityContext Extract(IDictionary<string, object?>? headers)
    {
        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers, ReadHeader, out var traceparent, out var tracestate);
        return ActivityContext.TryParse(traceparent, tracestate, isRemote: true, out var context) ? context : default;
    }

    // Received header values are raw bytes; values set in-process before sending are strings.
    private static void ReadHeader(object? carrier, string name, out string? value, out IEnumerable<string>? values)
    {
        values = null;
        value = (carrier as IDictionary<string, object?>)?.TryGetValue(name, out var raw) == true
            ? raw switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => null,
            }
            : null;
    }
}
