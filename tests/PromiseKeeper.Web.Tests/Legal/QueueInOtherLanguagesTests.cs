using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Legal;

public sealed class QueueInOtherLanguagesTests(WebAppFixture app) : LegalReviewTest(app)
{
    [Fact]
    public async Task The_legal_queue_in_Russian_has_a_Russian_heading_and_counts_the_waiting_days_in_the_right_form()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var now = App.Clock.Now;
        await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin, loggedAt: now.AddDays(-3), summary: "Waiting three days");
        await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin, loggedAt: now.AddDays(-5), summary: "Waiting five days");
        using var http = await App.CreateSignedInClientAsync(legal);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        var html = await GetHtmlAsync(http, "/Legal");

        Assert.Contains("<h1 class=\"h3\">Очередь юристов</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">3 дня</span>", html, StringComparison.Ordinal);
        Assert.Contains(">5 дней</span>", html, StringComparison.Ordinal);
        Assert.Contains("Аккаунт-менеджер: Alex Morgan", html, StringComparison.Ordinal);
    }
}
