using System.Globalization;
using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh browser context (no cookies) per test, in a fixed time zone
/// and locale. Every HTML page the test visits goes through the Nu Html Checker, at the latest when the
/// test body ends. <see cref="RunAsync"/> saves a screenshot and a Playwright trace under artifacts/ when
/// the test fails, and adds the page's address to the failure message.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserAppFixture app) : IAsyncLifetime
{
    /// <summary>The time zone of the test browser; it has the demo users' offsets (Europe/Ljubljana), so "now" in the browser is "now" in their forms.</summary>
    public const string TimeZoneId = "Europe/Berlin";

    /// <summary>Set to "always" to also save screenshots of the steps of passing tests (to look at the pages).</summary>
    public const string ScreenshotsVariable = "PROMISEKEEPER_BROWSER_SCREENSHOTS";

    /// <summary>The narrowest phone the pages are made for: every checked page must fit it without sideways scrolling.</summary>
    protected const int PhoneWidth = 375;

    private static readonly float TimeoutMs = 15_000;

    private IBrowserContext? _context;
    private IPage? _page;
    private VisitedDocuments? _documents;

    protected BrowserAppFixture App { get; } = app;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is not open yet.");

    /// <summary>The demo account manager, signed in by <see cref="SignInAsync"/> unless told otherwise.</summary>
    protected static DemoData.DemoUser AccountManager { get; } = DemoData.Users.First(u => u.Role == Roles.AccountManager);

    /// <summary>The browser window; phone tests override it.</summary>
    protected virtual BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    };

    /// <summary>The main navigation bar of the layout.</summary>
    protected ILocator MainNav => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public async Task InitializeAsync()
    {
        var options = ContextOptions;
        options.BaseURL = App.BaseUrl;
        options.TimezoneId = TimeZoneId;
        options.Locale = "en-GB";
        _context = await App.Browser.NewContextAsync(options);
        _context.SetDefaultTimeout(TimeoutMs);
        await _context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true });
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _page = await _context.NewPageAsync();
        _documents = new VisitedDocuments(App.HtmlChecker, _page);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>Runs the test body; on failure keeps a screenshot and a trace, and says on which page it failed.</summary>
    protected async Task RunAsync(Func<Task> body, [CallerMemberName] string testName = "")
    {
        var name = $"{GetType().Name}.{testName}";
        try
        {
            await body();
            await _documents!.ExpectValidAsync();
            await _context!.Tracing.StopAsync();
        }
        catch (Exception ex)
        {
            var url = _page?.Url ?? "(no page)";
            var screenshot = Path.Combine(Artifacts.Directory, $"{name}.failed.png");
            var trace = Path.Combine(Artifacts.Directory, $"{name}.trace.zip");
            var saved = new List<string>();
            try
            {
                if (_page is not null)
                {
                    await _page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
                    saved.Add(screenshot);
                }

                await _context!.Tracing.StopAsync(new() { Path = trace });
                saved.Add(trace + " (a Playwright trace: open it at https://trace.playwright.dev)");
            }
            catch (PlaywrightException artifactError)
            {
                saved.Add($"(could not save the artifacts: {artifactError.Message})");
            }

            throw new BrowserTestFailedException(
                $"{ex.Message}{Environment.NewLine}Page: {url}{Environment.NewLine}Saved: {string.Join(", ", saved)}", ex);
        }
    }

    /// <summary>
    /// Runs axe-core on the page as it is now and fails with every WCAG 2 A/AA violation it finds
    /// (rule, impact, what to fix and where), so markup that shuts out keyboard or screen-reader users is caught.
    /// Then checks the HTML the server sent with the Nu Html Checker, and that the page fits a phone.
    /// </summary>
    protected async Task ExpectAccessibleAsync()
    {
        await ExpectAxeFindsNothingAsync();
        await _documents!.ExpectValidAsync();
        await ExpectFitsAPhoneAsync();
    }

    /// <summary>The page must not be wider than the window (a wide table may scroll inside its own box).</summary>
    protected async Task ExpectNoSidewaysScrollingAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(
            widths[0] <= widths[1],
            $"The page is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways: {Page.Url}");
    }

    /// <summary>Narrows the window to <see cref="PhoneWidth"/> for a moment and checks that the page fits it.</summary>
    private async Task ExpectFitsAPhoneAsync()
    {
        var size = Page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed window size.");
        if (size.Width <= PhoneWidth)
        {
            await ExpectNoSidewaysScrollingAsync();
            return;
        }

        await Page.SetViewportSizeAsync(PhoneWidth, size.Height);
        try
        {
            await ExpectNoSidewaysScrollingAsync();
        }
        finally
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    private async Task ExpectAxeFindsNothingAsync()
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            ResultTypes = [ResultType.Violations],
        };
        var result = await Page.RunAxe(options);
        Assert.NotEmpty(result.Passes); // axe really ran and checked something
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(problems.Count == 0, $"Accessibility problems on {Page.Url}:\n" + string.Join("\n", problems));
    }

    /// <summary>Saves a full-page screenshot when <see cref="ScreenshotsVariable"/> is "always"; for looking at pages by eye.</summary>
    protected async Task SnapshotAsync(string step, [CallerMemberName] string testName = "")
    {
        if (string.Equals(Environment.GetEnvironmentVariable(ScreenshotsVariable), "always", StringComparison.OrdinalIgnoreCase))
        {
            await Page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory, $"{GetType().Name}.{testName}.{step}.png"), FullPage = true });
        }
    }

    /// <summary>Signs in through the login page (as the demo account manager unless told otherwise).</summary>
    protected Task SignInAsync(DemoData.DemoUser? user = null) => new LoginPage(Page).SignInAsync(user ?? AccountManager);

    /// <summary>Signs out with the layout's button.</summary>
    protected Task SignOutAsync() => new LoginPage(Page).SignOutAsync();

    /// <summary>An incident of the test's own, owned by <paramref name="owner"/> (the demo account manager by default).</summary>
    protected IncidentBuilder AnIncident(string summary, DemoData.DemoUser? owner = null) =>
        new(App.Services, owner ?? AccountManager, summary);

    /// <summary>"Now" as a wall-clock time in the test browser's time zone.</summary>
    protected static DateTime BrowserNow() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)).DateTime;

    /// <summary>The value a datetime-local input takes: yyyy-MM-ddTHH:mm.</summary>
    protected static string DateTimeLocal(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value a date input takes: yyyy-MM-dd.</summary>
    protected static string DateInput(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A browser test failed; the message names the page and the saved screenshot.</summary>
public sealed class BrowserTestFailedException(string message, Exception inner) : Exception(message, inner);
