using Microsoft.Playwright;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for a test collection: the system's Debian package, never a downloaded browser. The flags
/// keep it from calling home, which this machine's closed network would refuse over and over.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string SystemChromium = "/usr/bin/chromium";
    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromMinutes(1);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(SystemChromium))
        {
            throw new InvalidOperationException(
                $"{SystemChromium} is missing. Install the Debian package with: sudo apt-get install -y chromium (./test.sh does).");
        }

        _playwright = await Playwright.CreateAsync().WaitAsync(LaunchTimeout);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        }).WaitAsync(LaunchTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync().AsTask().WaitAsync(LaunchTimeout);
        }

        _playwright?.Dispose();
    }
}
