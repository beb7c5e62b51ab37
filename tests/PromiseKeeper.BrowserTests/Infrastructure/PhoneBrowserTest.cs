using Microsoft.Playwright;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>A browser test on a phone: a narrow touch screen, and a check that a page fits it without sideways scrolling.</summary>
public abstract class PhoneBrowserTest(BrowserAppFixture app) : BrowserTest(app)
{
    protected override BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    };
}
