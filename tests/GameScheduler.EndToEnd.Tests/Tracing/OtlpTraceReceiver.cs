using System.Collections.Concurrent;
using System.Net;
using GameScheduler.EndToEnd.Tests.Tracing.Otlp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GameScheduler.EndToEnd.Tests.Tracing;

/// <summary>
/// An OTLP/HTTP endpoint on loopback that keeps every span the services export (<c>POST /v1/traces</c>, protobuf) and
/// accepts and drops their metrics and logs.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private TaskCompletionSource _nextBatch = NewBatchSignal();

    private OtlpTraceReceiver(WebApplication app) => _app = app;

    /// <summary>The base address to give a service as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri Endpoint => new(_app.Urls.Single());

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    public static async Task<OtlpTraceReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new OtlpTraceReceiver(builder.Build());
        receiver._app.MapPost("/v1/traces", receiver.ReceiveAsync);
        receiver._app.MapPost("/v1/{signal}", () => ExportAccepted());
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until the spans received so far satisfy <paramref name="done"/>; returns them.</summary>
    public async Task<IReadOnlyList<ReceivedSpan>> WaitUntilAsync(
        Func<IReadOnlyList<ReceivedSpan>, bool> done, TimeSpan timeout, string description)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var nextBatch = _nextBatch.Task;
            var spans = Spans;
            if (done(spans)) return spans;

            var left = deadline - DateTimeOffset.UtcNow;
            try
            {
                await nextBatch.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No {description} among the {spans.Count} spans received within {timeout}.");
            }
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        foreach (var span in ReceivedSpan.From(ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray())))
        {
            _spans.Enqueue(span);
        }

        Interlocked.Exchange(ref _nextBatch, NewBatchSignal()).TrySetResult();
        return ExportAccepted();
    }

    /// <summary>An empty export response: everything was accepted.</summary>
    private static IResult ExportAccepted() => Results.Bytes([], "application/x-protobuf");

    private static TaskCompletionSource NewBatchSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
