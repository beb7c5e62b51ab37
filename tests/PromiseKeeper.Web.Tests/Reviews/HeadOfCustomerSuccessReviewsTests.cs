using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using ReviewsPage = PromiseKeeper.Web.Pages.Reviews.IndexModel;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>A head of customer success reads every team's review queue and retro reviews, and decides nothing.</summary>
public sealed class HeadOfCustomerSuccessReviewsTests(WebAppFixture app) : ReviewTest(app)
{
    [Fact]
    public async Task The_queue_shows_every_team_s_retros_and_overdue_measures_with_their_team_and_no_review_button()
    {
        var customerSuccess = await App.AddTeamAsync("Customer Success");
        var enterprise = await App.AddTeamAsync("Enterprise Accounts");
        var alex = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan", customerSuccess);
        var omar = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", enterprise);
        var first = await AddSubmittedRetroAsync(alex, "Late delivery", submittedBefore: App.Clock.Now.AddDays(-1));
        var second = await AddSubmittedRetroAsync(omar, "Wrong invoice");
        var today = DateOnly.FromDateTime(App.Clock.Now.UtcDateTime);
        await App.AnIncident(omar).Titled("Measure left behind").ForClient("Contoso").AtStage(PlaybookStage.InternalRetro)
            .Then(i => i.AddPreventionMeasure("Check invoices twice", "Billing lead", today.AddDays(-3), Actor.Create(omar.Id, omar.DisplayName), App.Clock.Now.AddDays(-10)))
            .SaveAsync();
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield", customerSuccess);

        var queue = await App.SendAsync(head, m => m.Send(new ReviewsPage.Query()));

        Assert.Equal([(first, "Customer Success"), (second, "Enterprise Accounts")], queue.Retros.Select(r => (r.Id, r.TeamName)));
        var overdue = Assert.Single(queue.Overdue);
        Assert.Equal(("Check invoices twice", "Enterprise Accounts", 3), (overdue.Description, overdue.TeamName, overdue.DaysOverdue));
        Assert.Equal([first], (await App.SendAsync(lead, m => m.Send(new ReviewsPage.Query()))).Retros.Select(r => r.Id));

        using var http = await App.CreateSignedInClientAsync(head);
        var html = await GetHtmlAsync(http, "/Reviews");
        Assert.Contains("Retros waiting for a team lead", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Team\">Enterprise Accounts</td>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{second}/RetroReview\">Read<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Review<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Clocks\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retro_review_reads_without_the_decision_and_approving_or_sending_back_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var id = await AddSubmittedRetroAsync(owner, "Wrong invoice");
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        using var http = await App.CreateSignedInClientAsync(head);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/RetroReview");

        Assert.Contains("<h1 class=\"h3\">The retro&#x27;s review</h1>", html, StringComparison.Ordinal);
        Assert.Contains("The retro waits for a team lead of the incident", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Approve", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=SendBack", html, StringComparison.Ordinal);
        Assert.False((await App.SendAsync(head, m => m.Send(new RetroReviewModel.Query(id)))).MayDecide);

        foreach (var handler in new[] { "Approve", "SendBack" })
        {
            using var response = await PostReviewAsync(http, id, handler, "Looks fine to me.", html, await VersionAsync(id));
            Assert.StartsWith("/Account/AccessDenied", Location(response), StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await App.SendAsync(head, async m => await m.Send(new ApproveRetro.Command(id, await VersionAsync(id), null))));
        Assert.Equal(RetroReviewStatus.Submitted, (await ReadAsync(id)).Retro!.Status);
    }

    [Fact]
    public async Task A_team_lead_still_decides_and_still_cannot_read_another_team_s_retro_review()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var id = await AddSubmittedRetroAsync(owner, "Wrong invoice");
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield", await App.AddTeamAsync("Customer Success"));
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Ines Duarte", owner.TeamId);

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(otherLead, m => m.Send(new RetroReviewModel.Query(id))));
        Assert.True((await App.SendAsync(lead, m => m.Send(new RetroReviewModel.Query(id)))).MayDecide);
        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/RetroReview");
        Assert.Contains("<h1 class=\"h3\">Review the retro</h1>", html, StringComparison.Ordinal);
        Assert.Contains("handler=Approve", html, StringComparison.Ordinal);
    }
}
