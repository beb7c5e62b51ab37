using Microsoft.Playwright;

namespace PromiseKeeper.BrowserTests.Infrastructure;

public static class PageLoads
{
    /// <summary>
    /// Waits until the page's document has loaded. Playwright can miss a load event that arrives while it commits the
    /// navigation on a busy machine (seen once in CI: the incident page was there, the wait ran out after 15 s), so a wait
    /// for the event that runs out after a few seconds asks the document itself.
    /// </summary>
    public static async Task WaitUntilLoadedAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        }
    }
}
