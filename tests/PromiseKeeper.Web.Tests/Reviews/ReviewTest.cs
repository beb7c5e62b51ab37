using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>Set-up for the team lead's reviews: incidents with a submitted retro, and the review forms posted over HTTP.</summary>
public abstract class ReviewTest(WebAppFixture app) : LateStagePageTest(app)
{
    /// <summary>An account manager's incident at the retro stage with the retro written, one measure added and submitted.</summary>
    protected async Task<(TestUser Owner, long Id)> SubmittedRetroAsync(string summary = "A broken promise")
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        return (owner, await AddSubmittedRetroAsync(owner, summary));
    }

    protected async Task<long> AddSubmittedRetroAsync(TestUser owner, string summary = "A broken promise", DateTimeOffset? submittedBefore = null)
    {
        var until = submittedBefore ?? App.Clock.Now;
        var incident = await App.AnIncident(owner)
            .ForClient($"Client of {summary}").Titled(summary).DiscoveredAt(Discovered).LoggedAt(Discovered.AddHours(1))
            .AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().Until(until)
            .SaveAsync();
        Assert.Equal(RetroReviewStatus.Submitted, incident.Retro!.Status);
        return incident.Id;
    }

    protected Task<TestUser> LeadAsync() => App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");

    /// <summary>Posts the review page's form to <paramref name="handler"/> ("Approve" or "SendBack") with the page's antiforgery token.</summary>
    protected static async Task<HttpResponseMessage> PostReviewAsync(HttpClient http, long id, string handler, string? comments, string html, uint? version = null) =>
        await http.PostFormAsync($"/Incidents/{id}/RetroReview?handler={handler}",
        [
            new("Data.Version", version?.ToString(CultureInfo.InvariantCulture) ?? HttpForms.InputValue(html, "Data.Version")!),
            new("Data.Comments", comments ?? string.Empty),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);
}
