using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>An in-memory web app with the Api's conventions (the same registration and middleware) and test routes.</summary>
internal sealed class ConventionsHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;

    private ConventionsHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
        Client.Timeout = Timeout;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ConventionsHost> StartAsync(Action<WebApplication> mapRoutes, Action<IServiceCollection>? addServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiConventions();
        addServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseApiConventions();
        mapRoutes(app);
        await app.StartAsync().WaitAsync(Timeout);
        return new ConventionsHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
