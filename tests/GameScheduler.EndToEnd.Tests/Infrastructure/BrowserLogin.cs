using Microsoft.Playwright;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Logs a browser context in the way a person does: the web app's login link, then the emulator's user picker.</summary>
public static class BrowserLogin
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    public static async Task<IPage> LogInAsync(this IBrowserContext context, GraphFixture graph, string username, string returnTo)
    {
        var web = graph.App.GetEndpoint("web", "http");
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);

        await page.GotoAsync(new Uri(web, $"/api/v1/auth/login?return_to={Uri.EscapeDataString(returnTo)}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = username, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == returnTo);
        return page;
    }

    public static Uri WebUrl(this GraphFixture graph, string path) => new(graph.App.GetEndpoint("web", "http"), path);
}
