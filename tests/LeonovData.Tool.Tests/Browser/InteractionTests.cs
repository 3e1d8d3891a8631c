using Microsoft.Playwright;

namespace LeonovData.Tool.Tests.Browser;

/// <summary>
/// The site under a real pointer and keyboard, in the same Debian Chromium driven by Playwright:
/// hovering a span shows its card, Tab reaches spans and shows theirs, Escape hides it, and the
/// timeline's marks are reachable from the keyboard with their sources as accessible names.
/// </summary>
public sealed class InteractionTests(Chromium chromium, LeonovSite site) : IClassFixture<Chromium>, IClassFixture<LeonovSite>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task Hovering_a_span_shows_its_card_and_Escape_hides_a_focused_ones()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(site.Url("documents/encyclopedia.html"));
        var born = page.Locator("mark.span:has(> .card > .fact[data-property='born'])").First;
        var card = born.Locator("> .card");
        Assert.False(await card.IsVisibleAsync());

        await born.HoverAsync();
        Assert.True(await card.IsVisibleAsync());
        Assert.Contains("1934-05-30", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("day precision", await card.InnerTextAsync(), StringComparison.Ordinal);

        await page.Mouse.MoveAsync(0, 0);
        await born.FocusAsync();
        Assert.True(await card.IsVisibleAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await card.IsVisibleAsync());
    }

    [Fact]
    public async Task The_keyboard_reaches_spans_and_timeline_marks()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(site.Url("documents/encyclopedia.html"));
        for (var i = 0; i < 12 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('mark.span')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('mark.span')"), "Tab never reached a span");
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement.querySelector(':scope > .card')).display !== 'none'"));

        await page.GotoAsync(site.Url("timeline.html"));
        var mark = page.Locator("svg.timeline a.mark").First;
        await mark.FocusAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.mark')"));
        var name = await mark.Locator("title").TextContentAsync() ?? "";
        Assert.Contains(await mark.GetAttributeAsync("data-value") ?? "?", name, StringComparison.Ordinal);
        Assert.Matches("— .+ \\d+:\\d+ “.+”", name);
    }

    [Fact]
    public async Task The_dark_scheme_is_legible()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(site.Url("documents/encyclopedia.html"));

        var colours = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]");

        Assert.NotEqual(colours[0], colours[1]);
        Assert.Equal("rgb(20, 20, 23)", colours[0]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestSupport.Repository.Artifacts("site"), "document-dark.png") });
    }
}
