using Microsoft.Playwright;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Saves what a browser test ended on, as an artifact next to the test binaries (screenshots/).</summary>
public static class Screenshots
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, $"{name}.png"), FullPage = true });
    }
}
