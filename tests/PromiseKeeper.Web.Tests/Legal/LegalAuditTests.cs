using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Legal;

/// <summary>Who looked at a contract-linked incident, and legal's decisions, end up in the audit log.</summary>
public sealed class LegalAuditTests(WebAppFixture app) : LegalReviewTest(app)
{
    [Fact]
    public async Task Every_page_that_shows_a_contract_linked_incident_records_who_opened_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        using var legalHttp = await App.CreateSignedInClientAsync(legal);

        foreach (var (http, path) in new[] { (ownerHttp, $"/Incidents/{id}"), (ownerHttp, $"/Incidents/{id}/Alternatives"), (legalHttp, $"/Incidents/{id}"), (legalHttp, $"/Incidents/{id}/LegalReview") })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var views = await EntriesAsync(AuditAction.ContractIncidentViewed);
        Assert.Equal(["Alex Morgan", "Alex Morgan", "Lena Kovac", "Lena Kovac"], views.Select(e => e.ActorName));
        Assert.All(views, e => Assert.Equal(id, e.IncidentId));
        // Admins read the log and see no incident content: the entry names the page, not the contract.
        Assert.All(views, e => Assert.DoesNotContain(Contract, e.Details, StringComparison.Ordinal));
        Assert.Contains("/Incidents/LegalReview", views[^1].Details, StringComparison.Ordinal);
        Assert.All(views, e => Assert.False(string.IsNullOrEmpty(e.IpAddress)));
    }

    [Fact]
    public async Task Opening_an_incident_without_a_contract_or_failing_to_open_one_records_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var stranger = await App.CreateUserAsync(Roles.AccountManager, teamId: await App.AddTeamAsync("Another team"));
        var plain = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, contractReference: null);
        var contract = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        using var strangerHttp = await App.CreateSignedInClientAsync(stranger);

        using var ok = await ownerHttp.GetAsync(new Uri($"/Incidents/{plain}", UriKind.Relative));
        using var notFound = await strangerHttp.GetAsync(new Uri($"/Incidents/{contract}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Empty(await EntriesAsync(AuditAction.ContractIncidentViewed));
    }

    [Fact]
    public async Task Legal_decisions_are_recorded_without_the_notes_which_are_incident_content()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);

        await ReviewAsync(legal, id, LegalDecision.ChangesRequired, "Do not offer a refund; clause 7 caps liability.");
        await ReviewAsync(legal, id, LegalDecision.Approved, notes: null);

        var decisions = await EntriesAsync(AuditAction.LegalReviewRecorded);
        Assert.Equal(2, decisions.Count);
        Assert.All(decisions, e => Assert.Equal((legal.Id, id), (e.ActorId!, e.IncidentId!.Value)));
        Assert.Equal("Asked for changes before the conversation.", decisions[0].Details);
        Assert.Equal("Approved the incident and its offer.", decisions[1].Details);
    }

    [Fact]
    public async Task A_refused_decision_leaves_no_audit_entry()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin);

        // Approving needs an offer, and there is none yet.
        await Assert.ThrowsAsync<PromiseKeeper.Domain.DomainException>(() => ReviewAsync(legal, id, LegalDecision.Approved));

        Assert.Empty(await EntriesAsync(AuditAction.LegalReviewRecorded));
    }

    private Task<List<AuditEntry>> EntriesAsync(AuditAction action) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}
