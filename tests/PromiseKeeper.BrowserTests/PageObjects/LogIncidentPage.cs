using System.Globalization;
using Microsoft.Playwright;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>The "Log a broken promise" form.</summary>
public sealed class LogIncidentPage(IPage page) : FormPage(page)
{
    public const string Heading = "Log a broken promise";

    public async Task OpenAsync()
    {
        await Page.GotoAsync("/Incidents/Log");
        await ExpectHeadingAsync(Heading);
    }

    /// <summary>Fills every field of <paramref name="incident"/>; without <paramref name="withSummary"/> the summary stays empty.</summary>
    public async Task FillAsync(NewIncident incident, bool withSummary = true)
    {
        await CheckAsync("An existing client");
        await ChooseAsync("Client", incident.ClientName);
        if (withSummary)
        {
            await FillAsync("Short summary", incident.Summary);
        }

        await ChooseAsync("Kind", incident.Kind);
        await FillAsync("Name", incident.ContactName);
        await FillIfGivenAsync("Role", incident.ContactRole);
        await FillIfGivenAsync("Email", incident.ContactEmail);
        await FillAsync("What was promised", incident.Promise);
        await FillAsync("Promised by", incident.PromisedBy);
        await FillAsync("Promised on", incident.PromisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (incident.ContractReference is null)
        {
            await ChooseAsync("Where it was promised", incident.Channel);
        }
        else
        {
            await ChooseAsync("Where it was promised", "Contract (clause, SOW or SLA)");
            await FillAsync("Contract reference", incident.ContractReference);
        }

        await FillAsync("The client's original goals", incident.ClientGoals);
        await ChooseAsync("Whose fault", incident.Fault);
        await CheckAsync(incident.Damage);
        if (incident.OurLoss is not null)
        {
            await FillAsync("Our estimate of their loss", incident.OurLoss);
            await Field("Currency").First.FillAsync(incident.LossCurrency);
        }

        await FillAsync("We discovered it at", incident.DiscoveredAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
    }

    public Task SubmitAsync() => ClickAsync("Log the broken promise");

    /// <summary>Fills the form, logs the incident and returns its page.</summary>
    public async Task<IncidentPage> LogAsync(NewIncident incident)
    {
        await FillAsync(incident);
        await SubmitAsync();
        var incidentPage = new IncidentPage(Page);
        await incidentPage.ExpectHeadingAsync(incident.Summary);
        return incidentPage;
    }

    private async Task FillIfGivenAsync(string label, string? value)
    {
        if (value is not null)
        {
            await FillAsync(label, value);
        }
    }
}
