using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using ReviewsPage = PromiseKeeper.Web.Pages.Reviews.IndexModel;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>The team lead's Reviews page: the queue of submitted retros, who may open it, and its empty states.</summary>
public sealed class ReviewsPageTests(WebAppFixture app) : ReviewTest(app)
{
    [Fact]
    public async Task The_queue_lists_submitted_retros_oldest_first_and_nothing_else()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var newer = await AddSubmittedRetroAsync(owner, "Newer submission");
        var older = await AddSubmittedRetroAsync(owner, "Older submission", submittedBefore: App.Clock.Now.AddDays(-1));
        await AddIncidentAsync(owner, PlaybookStage.InternalRetro); // retro not written yet
        await AddIncidentAsync(owner, PlaybookStage.Closed); // approved on the way
        var sentBack = await AddSubmittedRetroAsync(owner, "Sent back one");
        var lead = await LeadAsync();
        await App.SendAsync(lead, async m => await m.Send(new SendRetroBack.Command(sentBack, await VersionAsync(sentBack), "Go deeper.")));

        var result = await App.SendAsync(lead, m => m.Send(new ReviewsPage.Query()));

        Assert.Equal([older, newer], result.Retros.Select(r => r.Id));
        var first = result.Retros[0];
        Assert.Equal(("Older submission", "Client of Older submission", "Alex Morgan", 1), (first.Summary, first.ClientName, first.OwnerName, first.MeasureCount));
        Assert.False(result.HasMoreRetros);

        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await GetHtmlAsync(http, "/Reviews");
        Assert.True(html.IndexOf("Older submission", StringComparison.Ordinal) < html.IndexOf("Newer submission", StringComparison.Ordinal));
        Assert.Contains($"href=\"/Incidents/{older}/RetroReview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent back one", html, StringComparison.Ordinal);
        Assert.Contains(">Reviews</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_empty_states_and_issues_a_fixed_number_of_statements()
    {
        var lead = await LeadAsync();
        using var http = await App.CreateSignedInClientAsync(lead);

        var (emptySql, html) = await App.GetCountingSqlAsync(http, "/Reviews");

        Assert.Contains("No retro is waiting for a review.", html, StringComparison.Ordinal);
        Assert.Contains("No prevention measure is overdue.", html, StringComparison.Ordinal);

        var owner = await App.CreateUserAsync(Roles.AccountManager);
        for (var i = 0; i < 3; i++)
        {
            await AddSubmittedRetroAsync(owner, $"Retro {i}");
        }

        var (fullSql, full) = await App.GetCountingSqlAsync(http, "/Reviews");
        Assert.Contains("Retro 2", full, StringComparison.Ordinal);
        Assert.Equal(emptySql.Count, fullSql.Count);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Other_roles_are_refused(string role)
    {
        var user = await App.CreateUserAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new ReviewsPage.Query())));
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri("/Reviews", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(response), StringComparison.Ordinal);
        var home = await http.GetStringAsync(new Uri(role == Roles.Admin ? "/" : "/Incidents", UriKind.Relative));
        Assert.DoesNotContain(">Reviews</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var http = App.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/Reviews", UriKind.Relative));

        Assert.StartsWith("/Account/Login", Location(response), StringComparison.Ordinal);
    }
}
