using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>The page of one playbook stage (origin, alternatives, call, conversation, recap, retro): a form that belongs to an incident.</summary>
public class StagePage(IPage page, string incidentUrl) : FormPage(page)
{
    /// <summary>The address of the incident this stage belongs to.</summary>
    public string IncidentUrl { get; } = incidentUrl;

    /// <summary>Clicks <paramref name="buttonName"/> and waits until the app is back on the incident's page.</summary>
    public async Task<IncidentPage> SaveAndReturnAsync(string buttonName)
    {
        await ClickAsync(buttonName);
        await Expect(Page).ToHaveURLAsync(IncidentUrl);
        return new IncidentPage(Page);
    }

    /// <summary>Goes back to the incident's page, through the breadcrumb unless the last action already led there.</summary>
    public async Task<IncidentPage> BackToIncidentAsync()
    {
        await Page.WaitUntilLoadedAsync();
        if (Page.Url != IncidentUrl)
        {
            await Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link).Last.ClickAsync();
            await Expect(Page).ToHaveURLAsync(IncidentUrl);
        }

        return new IncidentPage(Page);
    }

    /// <summary>On the alternatives page: adds an option (value in the offer's currency) and puts it into the offer.</summary>
    /// <param name="clientDescription">The option as the client reads it; "For you: " and the team's description when not given.</param>
    public async Task AddOfferedOptionAsync(string kind, string description, string valueToClient, string? clientDescription = null)
    {
        await ChooseAsync("Kind", kind);
        await FillAsync("Description for the team", description);
        await FillAsync("Description for the client", clientDescription ?? $"For you: {description}");
        await FillAsync("Value to the client", valueToClient);
        await Page.GetByLabel("Confirmed by", new() { Exact = true }).Last.FillAsync("Delivery lead");
        await ClickAsync("Add the option");
        var row = Rows(description);
        await row.GetByRole(AriaRole.Button, new() { Name = "Add to offer" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Take out of offer" })).ToBeVisibleAsync();
    }
}
