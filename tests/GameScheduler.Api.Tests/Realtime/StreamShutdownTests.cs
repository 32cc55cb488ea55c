using System.Diagnostics;
using GameScheduler.Api.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>An Api host on Kestrel with one open stream, stopped as a deployment stops it.</summary>
[Collection(ValkeyCollection.Name)]
public sealed class StreamShutdownTests(ValkeyFixture valkey)
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Stopping_the_host_ends_an_open_stream_cleanly_without_waiting_for_the_shutdown_timeout()
    {
        var guildId = Guid.NewGuid().ToString("N");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(valkey.Connection).AddSingleton(TimeProvider.System).AddMetrics()
            .AddSingleton<ConnectionRegistry>().AddSingleton<ReplayBuffer>().AddSingleton<RealtimeTelemetry>()
            .AddSingleton<GameUpdatesPump>().AddOptions<RealtimeOptions>();
        await using var app = builder.Build();
        app.MapGet("/stream", (HttpContext context, GameUpdatesPump pump) =>
            pump.RunAsync(context, new SseConnection("anna", [guildId], bufferSize: 8), new FakeStreamAccess("anna", guildId), lastEventId: null));
        await app.StartAsync().WaitAsync(StreamHarness.Timeout);

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = Timeout.InfiniteTimeSpan };
        using var response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead).WaitAsync(StreamHarness.Timeout);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rest = new StreamReader(stream).ReadToEndAsync();

        var stopping = Stopwatch.StartNew();
        await app.StopAsync().WaitAsync(ShutdownTimeout + Prompt);
        var stopped = stopping.Elapsed;

        Assert.True(stopped < Prompt, $"Stopping took {stopped}.");
        Assert.Equal("", await rest.WaitAsync(Prompt));
    }
}
