using System.Globalization;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GameScheduler.EndToEnd.Tests.Web;

/// <summary>
/// The emulator page's Discord markdown renderer, run in the browser on its own: the page's scripts are served from
/// this test's output folder at a made-up origin, so no emulator has to run.
/// </summary>
public sealed class EmulatorMarkdownTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Origin = "http://emulator.test";
    private const string Anna = "1300000000000000003";
    private const string GameMasterRole = "1220000000000000001";
    private const string GameNightChannel = "1210000000000000002";
    private const long December11At20Utc = 1797019200;
    private static readonly string Scripts = Path.Combine(AppContext.BaseDirectory, "EmulatorPage");

    /// <summary>The part of <c>/_emulator/state</c> that names mentions.</summary>
    private static readonly object State = new
    {
        users = new[] { new { id = Anna, username = "anna" } },
        guilds = new[]
        {
            new
            {
                roles = new[] { new { id = GameMasterRole, name = "Game Master" } },
                channels = new[] { new { id = GameNightChannel, name = "game-night" } },
            },
        },
    };

    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", TimezoneId = "UTC" });
        await _context.RouteAsync($"{Origin}/**", ServeAsync);
        _page = await _context.NewPageAsync();
        await _page.GotoAsync($"{Origin}/");
    }

    [Theory]
    [InlineData("**bold** *italic* _also italic_ __underline__ ~~struck~~ ***both***",
        "<strong>bold</strong> <em>italic</em> <em>also italic</em> <u>underline</u> <s>struck</s> <strong><em>both</em></strong>")]
    [InlineData("`a **b**` and snake_case_name", "<code>a **b**</code> and snake_case_name")]
    [InlineData("```js\nlet x = \"<b>\";\n```", "<pre><code>let x = \"&lt;b&gt;\";</code></pre>")]
    [InlineData("# Game night\n## Rules\n### Small print\n-# subtext", "<h4>Game night</h4><h5>Rules</h5><h6>Small print</h6><small class=\"subtext\">subtext</small>")]
    [InlineData("> quoted\n> **twice**\nnot quoted", "<blockquote>quoted\n<strong>twice</strong></blockquote>not quoted")]
    [InlineData(">>> all\nof this", "<blockquote>all\nof this</blockquote>")]
    [InlineData("\\*not italic\\*", "*not italic*")]
    public async Task Formatting_renders_as_Discord_shows_it(string markdown, string html) =>
        Assert.Equal(html, await RenderAsync(markdown));

    [Theory]
    [InlineData("[the **site**](https://example.com/a?b=1&c=2)",
        "<a href=\"https://example.com/a?b=1&amp;c=2\" target=\"_blank\" rel=\"noopener noreferrer\">the <strong>site</strong></a>")]
    [InlineData("see https://example.com/x.", "see <a href=\"https://example.com/x\" target=\"_blank\" rel=\"noopener noreferrer\">https://example.com/x</a>.")]
    [InlineData("[click](javascript:alert(1))", "[click](javascript:alert(1))")]
    [InlineData("[x](https://a.example/\"onmouseover=\"alert(1))",
        "[x](<a href=\"https://a.example/&quot;onmouseover=&quot;alert(1\" target=\"_blank\" rel=\"noopener noreferrer\">https://a.example/\"onmouseover=\"alert(1</a>))")]
    public async Task Links_are_http_or_https_only_and_open_without_an_opener(string markdown, string html) =>
        Assert.Equal(html, await RenderAsync(markdown));

    [Fact]
    public async Task Markup_in_the_text_stays_text() =>
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;hi&lt;/b&gt;", await RenderAsync("<img src=x onerror=alert(1)> <b>hi</b>"));

    [Fact]
    public async Task Mentions_show_the_names_the_emulator_knows() =>
        Assert.Equal(
            "<span class=\"mention\">@anna</span> <span class=\"mention\">@Game Master</span> "
                + "<span class=\"mention\">#game-night</span> <span class=\"mention\">@unknown</span>",
            await RenderAsync($"<@{Anna}> <@&{GameMasterRole}> <#{GameNightChannel}> <@!42>"));

    [Theory]
    [InlineData("t", "8:00 PM")]
    [InlineData("T", "8:00:00 PM")]
    [InlineData("d", "12/11/2026")]
    [InlineData("D", "December 11, 2026")]
    [InlineData("f", "December 11, 2026 at 8:00 PM")]
    [InlineData("F", "Friday, December 11, 2026 at 8:00 PM")]
    public async Task Timestamps_render_in_each_of_Discords_styles(string style, string text) =>
        Assert.Equal(
            $"<time class=\"timestamp\" datetime=\"2026-12-11T20:00:00.000Z\" title=\"Friday, December 11, 2026 at 8:00 PM\">{text}</time>",
            await RenderAsync($"<t:{December11At20Utc}:{style}>"));

    [Fact]
    public async Task A_timestamp_without_a_style_is_short_date_time_and_R_is_relative_to_now()
    {
        var now = DateTimeOffset.UtcNow;
        var inThreeDays = now.AddDays(3).AddMinutes(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var twoHoursAgo = now.AddHours(-2).AddMinutes(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Contains(">December 11, 2026 at 8:00 PM<", await RenderAsync($"<t:{December11At20Utc}>"));
        Assert.Contains(">in 3 days<", await RenderAsync($"<t:{inThreeDays}:R>"));
        Assert.Contains(">2 hours ago<", await RenderAsync($"<t:{twoHoursAgo}:R>"));
    }

    private Task<string> RenderAsync(string markdown) => _page.EvaluateAsync<string>(
        """
        async ([text, state]) => {
          const { renderMarkdown, namesFrom } = await import('/markdown.js');
          const container = document.createElement('div');
          container.replaceChildren(...renderMarkdown(text, namesFrom(state)));
          return container.innerHTML;
        }
        """,
        new[] { markdown, State });

    private static Task ServeAsync(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        if (path.Length == 0)
        {
            return route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!doctype html><title>markdown</title>" });
        }

        var file = Path.Combine(Scripts, path);
        return File.Exists(file)
            ? route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Path = file })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
