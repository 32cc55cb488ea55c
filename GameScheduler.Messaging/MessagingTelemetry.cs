using System.Diagnostics;

namespace GameScheduler.Messaging;

internal static class MessagingTelemetry
{
    public static readonly ActivitySource Source = new("GameScheduler.Messaging");
}
