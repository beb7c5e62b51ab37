using System.Globalization;
using Microsoft.Playwright;
using PromiseKeeper.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>An incident's page: its stage, the button that moves it on, the links to the stages' pages, the timeline.</summary>
public sealed class IncidentPage(IPage page) : FormPage(page)
{
    public ILocator Timeline => Page.GetByRole(AriaRole.Region, new() { Name = "Timeline" });

    public static string PathOf(long id) => $"/Incidents/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Opens incident <paramref name="id"/> and waits for its page.</summary>
    public static async Task<IncidentPage> OpenAsync(IPage page, long id)
    {
        await page.GotoAsync(PathOf(id));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        return new IncidentPage(page);
    }

    /// <summary>The page shows the incident at <paramref name="stage"/>, in the heading and in the stage progress.</summary>
    public async Task ExpectStageAsync(PlaybookStage stage)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {StageNames.Of(stage)}" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".stage-progress [aria-current=step]")).ToContainTextAsync(StageNames.Of(stage));
    }

    /// <summary>The button that moves the incident on to <paramref name="next"/>.</summary>
    public ILocator MoveOnButton(PlaybookStage next) =>
        Page.GetByRole(AriaRole.Button, new() { Name = $"Move on to \"{StageNames.Of(next)}\"" });

    /// <summary>Moves the incident on to <paramref name="next"/> and waits until the page says it did.</summary>
    public async Task MoveOnAsync(PlaybookStage next)
    {
        await MoveOnButton(next).ClickAsync();
        await ExpectStatusAsync($"The incident moved to \"{StageNames.Of(next)}\".");
        await ExpectStageAsync(next);
    }

    public async Task CloseAsync()
    {
        // Open check-ins are kept planned, as the client may still expect them.
        var keep = Page.GetByLabel("Keep them planned: the client still hears from us then");
        if (await keep.CountAsync() > 0)
        {
            await keep.CheckAsync();
        }

        await ClickAsync("Close the incident");
        await ExpectStageAsync(PlaybookStage.Closed);
    }

    /// <summary>Follows the link to a stage's page, e.g. "Record the conversation".</summary>
    public async Task<StagePage> OpenStageAsync(string linkName)
    {
        var url = Page.Url;
        await Page.GetByRole(AriaRole.Link, new() { Name = linkName }).ClickAsync();
        await Expect(Page).Not.ToHaveURLAsync(url);
        return new StagePage(Page, url);
    }
}
