using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>
/// The spans an OpenTelemetry SDK listening to <c>sources</c> records while this lives: what a service would export,
/// with the SDK's sampling and instrumentation suppression applied.
/// </summary>
internal sealed class RecordedSpans : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly TracerProvider _provider;

    public RecordedSpans(params string[] sources) =>
        _provider = Sdk.CreateTracerProviderBuilder().AddSource(sources).AddProcessor(new Collector(_spans)).Build();

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public void Dispose() => _provider.Dispose();

    private sealed class Collector(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}
