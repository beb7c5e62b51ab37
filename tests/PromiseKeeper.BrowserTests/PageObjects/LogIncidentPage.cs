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

    /// <summary>Fills the short form with what <paramref name="incident"/> knows at once; without <paramref name="withSummary"/> the summary stays empty.</summary>
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
        await ChooseAsync("Whose fault", incident.Fault);
        await FillAsync("We discovered it at", incident.DiscoveredAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
    }

    public Task SubmitAsync() => ClickAsync("Log the broken promise");

    /// <summary>
    /// Fills the form, logs the incident, then records what the first stage finds out (the damage and loss on
    /// "Correct the record", who promised it, when and where on the origin page) and returns the incident's page.
    /// </summary>
    public async Task<IncidentPage> LogAsync(NewIncident incident)
    {
        await FillAsync(incident);
        await SubmitAsync();
        var incidentPage = new IncidentPage(Page);
        await incidentPage.ExpectHeadingAsync(incident.Summary);

        var correct = await incidentPage.OpenStageAsync("Correct the record");
        await correct.CheckAsync(incident.Damage);
        if (incident.OurLoss is not null)
        {
            await correct.FillAsync("Our estimate of their loss", incident.OurLoss);
            await correct.Field("Currency").First.FillAsync(incident.LossCurrency);
        }

        await correct.FillAsync("Why the record changes", "The first investigation showed the damage and what it costs the client.");
        await correct.SaveAndReturnAsync("Correct the record");

        var origin = await incidentPage.OpenStageAsync("Record where the promise came from");
        await origin.FillAsync("Promised by", incident.PromisedBy);
        await origin.FillAsync("Promised on", incident.PromisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (incident.ContractReference is null)
        {
            await origin.ChooseAsync("Where it was promised", incident.Channel);
        }
        else
        {
            await origin.ChooseAsync("Where it was promised", "Contract (clause, SOW or SLA)");
            await origin.FillAsync("Contract reference", incident.ContractReference);
        }

        await origin.FillAsync("The client's original goals", incident.ClientGoals);
        await origin.FillAsync("How the promise came about", "First notes: the date is in the proposal; still asking who set it.");
        await origin.SaveAndReturnAsync("Save where the promise came from");
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
