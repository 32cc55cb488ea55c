using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Tracing;

/// <summary>The whole graph with every service exporting its spans over OTLP/HTTP to a receiver in the test.</summary>
public sealed class TracedGraphFixture : IAsyncLifetime
{
    private OtlpTraceReceiver? _receiver;
    private GraphFixture? _graph;

    public OtlpTraceReceiver Receiver => _receiver ?? throw new InvalidOperationException("The receiver has not started.");

    public GraphFixture Graph => _graph ?? throw new InvalidOperationException("The graph has not started.");

    public async Task InitializeAsync()
    {
        _receiver = await OtlpTraceReceiver.StartAsync();
        _graph = new GraphFixture { Configure = builder => ExportTo(builder, _receiver.Endpoint) };
        await _graph.InitializeAsync();
    }

    /// <summary>
    /// Set after the AppHost's own OTLP settings (which point at its dashboard), so these win; only the test's graph
    /// changes, the AppHost does not.
    /// </summary>
    private static void ExportTo(IDistributedApplicationTestingBuilder builder, Uri endpoint)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        }
    }

    public async Task DisposeAsync()
    {
        if (_graph is not null) await _graph.DisposeAsync();
        if (_receiver is not null) await _receiver.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TracedGraphCollection : ICollectionFixture<TracedGraphFixture>
{
    // Its own graph: the shared one exports nowhere the tests can read.
    public const string Name = "traced-graph";
}
