using Microsoft.Playwright;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>A browser test on a phone: a narrow touch screen, and a check that a page fits it without sideways scrolling.</summary>
public abstract class PhoneBrowserTest(BrowserAppFixture app) : BrowserTest(app)
{
    protected const int PhoneWidth = 390;

    protected override BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    };

    /// <summary>The page itself must not be wider than the screen (a wide table may scroll inside its own box).</summary>
    protected async Task ExpectNoSidewaysScrollingAsync()
    {
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The page is {width}px wide on a {PhoneWidth}px screen, so it scrolls sideways: {Page.Url}");
    }
}
