using Microsoft.Playwright;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>
/// Every HTML document the server sends to a page's main frame (each navigation, after redirects),
/// kept as sent, so the Nu Html Checker sees the markup itself rather than the DOM a browser made of it.
/// <see cref="ExpectValidAsync"/> checks those not checked yet, so no visited page escapes.
/// </summary>
public sealed class VisitedDocuments
{
    private readonly HtmlChecker _checker;
    private readonly IPage _page;
    private readonly List<(string Url, Task<string> Body)> _unchecked = [];
    private readonly HashSet<string> _checkedBodies = [];

    public VisitedDocuments(HtmlChecker checker, IPage page)
    {
        _checker = checker;
        _page = page;
        page.Response += OnResponse;
    }

    /// <summary>Fails with the checker's errors (page, line, message) in any document visited since the last check.</summary>
    public async Task ExpectValidAsync()
    {
        List<(string Url, Task<string> Body)> documents;
        lock (_unchecked)
        {
            documents = [.. _unchecked];
            _unchecked.Clear();
        }

        var problems = new List<string>();
        foreach (var (url, body) in documents)
        {
            var html = await body;
            if (!_checkedBodies.Add(html))
            {
                continue;
            }

            problems.AddRange((await _checker.CheckAsync(html)).Select(error => $"{url} {error}"));
        }

        Assert.True(problems.Count == 0, "The Nu Html Checker found errors in the HTML the server sent:\n" + string.Join("\n", problems));
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (!response.Request.IsNavigationRequest || response.Frame != _page.MainFrame || response.Status is >= 300 and < 400)
        {
            return;
        }

        if (!response.Headers.TryGetValue("content-type", out var type) || !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Ask for the body now: once the page has moved on, the browser may no longer have it.
        lock (_unchecked)
        {
            _unchecked.Add((response.Url, BodyOfAsync(response)));
        }
    }

    /// <summary>
    /// The document as sent. When the page moved on before the browser kept it (a quick click under load), a GET is
    /// asked for again with the page's own cookies, so the document is still checked; a POST's answer cannot be.
    /// </summary>
    private async Task<string> BodyOfAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync();
        }
        catch (PlaywrightException) when (response.Request.Method == "GET")
        {
            var again = await _page.Context.APIRequest.GetAsync(response.Url);
            return await again.TextAsync();
        }
    }
}
