using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using LegalQueue = PromiseKeeper.Web.Pages.Legal.IndexModel;

namespace PromiseKeeper.Web.Tests.Legal;

public sealed class QueueTests(WebAppFixture app) : LegalReviewTest(app)
{
    [Fact]
    public async Task The_queue_lists_incidents_awaiting_review_longest_waiting_first_then_those_with_changes_asked_for()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var now = App.Clock.Now;
        var newer = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, loggedAt: now.AddDays(-1), summary: "Waiting one day");
        var older = await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin, loggedAt: now.AddDays(-3), summary: "Waiting three days");
        var approved = await ContractIncidentAsync(owner, PlaybookStage.Conversation, summary: "Already approved");
        var closed = await ContractIncidentAsync(
            owner,
            PlaybookStage.InvestigateOrigin,
            summary: "No longer applicable",
            prepare: i => i.MarkNotApplicable("The client wants a year of free work for a two-day delay.", owner.AsActor(), now.AddMinutes(-1)));
        _ = await AddIncidentAsync(owner, PlaybookStage.InvestigateOrigin);
        var changes = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true, summary: "Hours but no refund");
        await ReviewAsync(legal, changes, LegalDecision.ChangesRequired, "Offer the hours, but not the refund.");

        var queue = await App.SendAsync(legal, m => m.Send(new LegalQueue.Query()));

        Assert.Equal([older, newer], queue.Awaiting.Select(r => r.Id));
        Assert.Equal([changes], queue.ChangesRequired.Select(r => r.Id));
        Assert.False(queue.MoreAwaiting);
        var first = queue.Awaiting[0];
        Assert.Equal((Contract, PlaybookStage.InvestigateOrigin, "Alex Morgan", now.AddDays(-3)), (first.ContractReference, first.Stage, first.OwnerName, first.Since));
        Assert.DoesNotContain(approved, queue.Awaiting.Concat(queue.ChangesRequired).Select(r => r.Id));
        Assert.DoesNotContain(closed, queue.Awaiting.Concat(queue.ChangesRequired).Select(r => r.Id));

        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await GetHtmlAsync(http, "/Legal");
        Assert.Contains("Legal queue", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Waiting three days", StringComparison.Ordinal) < html.IndexOf("Waiting one day", StringComparison.Ordinal));
        Assert.Contains("3 days", html, StringComparison.Ordinal);
        Assert.Contains(Contract, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{older}/LegalReview\"", html, StringComparison.Ordinal);
        Assert.Contains("Hours but no refund", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Already approved", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A broken promise", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Legal\">Legal queue</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_queue_says_so()
    {
        var legal = await LegalAsync();
        using var http = await App.CreateSignedInClientAsync(legal);

        var html = await GetHtmlAsync(http, "/Legal");

        Assert.Contains("Nothing is waiting for legal right now.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Admin)]
    public async Task Only_legal_may_open_the_queue(string role)
    {
        var user = await App.CreateUserAsync(role);
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new LegalQueue.Query())));
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri("/Legal", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(response), StringComparison.Ordinal);
        using var homeResponse = await http.GetAsync(new Uri("/", UriKind.Relative));
        var home = homeResponse.StatusCode == HttpStatusCode.Redirect
            ? await GetHtmlAsync(http, Location(homeResponse))
            : await homeResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Legal queue", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_is_bounded_and_says_when_there_are_more()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var clientId = await App.AddClientAsync("Bulk client");
        await App.WithDbAsync(async db =>
        {
            for (var n = 0; n <= LegalQueue.Queue.Limit; n++)
            {
                db.Incidents.Add(TestIncidents.Log(owner, clientId, Discovered, Discovered.AddMinutes(n), contractReference: Contract));
            }

            await db.SaveChangesAsync();
        });

        var queue = await App.SendAsync(legal, m => m.Send(new LegalQueue.Query()));

        Assert.Equal(LegalQueue.Queue.Limit, queue.Awaiting.Count);
        Assert.True(queue.MoreAwaiting);
        using var http = await App.CreateSignedInClientAsync(legal);
        Assert.Contains("more are waiting", await GetHtmlAsync(http, "/Legal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var http = App.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/Legal", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", Location(response), StringComparison.Ordinal);
    }
}
