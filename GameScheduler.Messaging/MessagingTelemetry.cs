using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GameScheduler.Messaging;

/// <summary>Spans and metrics of the transport; ServiceDefaults exports every "GameScheduler.*" source and meter.</summary>
internal static class MessagingTelemetry
{
    public const string Name = "GameScheduler.Messaging";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> EventsPublished = Meter.CreateCounter<long>(
        "gamescheduler.outbox.events_published", unit: "{event}", description: "Outbox events the broker confirmed.");

    public static readonly Histogram<double> RelayLag = Meter.CreateHistogram<double>(
        "gamescheduler.outbox.relay_lag", unit: "s", description: "Time from an event's occurrence to the broker's confirm.");

    public static readonly Counter<long> DeliveriesProcessed = Meter.CreateCounter<long>(
        "gamescheduler.events.deliveries_processed", unit: "{delivery}",
        description: "Deliveries taken from a queue, by queue and outcome (handled, duplicate, rejected).");

    /// <summary>Tags every messaging span with the attributes of the OpenTelemetry messaging conventions.</summary>
    public static Activity? StartSpan(string operation, ActivityKind kind, ActivityContext parent, string destination, string routingKey, string? messageId)
    {
        var activity = Source.StartActivity($"{operation} {destination}", kind, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.name", operation);
        activity?.SetTag("messaging.destination.name", destination);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", routingKey);
        activity?.SetTag("messaging.message.id", messageId);
        return activity;
    }
}
