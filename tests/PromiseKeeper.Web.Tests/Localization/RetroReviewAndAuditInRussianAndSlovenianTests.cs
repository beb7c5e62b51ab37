using System.Globalization;
using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Reviews;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>The retro review, the retro's review note on the incident page and the audit log as a Russian or Slovenian reader gets them.</summary>
public sealed class RetroReviewAndAuditInRussianAndSlovenianTests(WebAppFixture app) : ReviewTest(app)
{
    [Fact]
    public async Task The_retro_review_is_in_russian_and_a_send_back_lands_on_a_russian_audit_log()
    {
        var (_, id) = await SubmittedRetroAsync("Release slipped");
        var lead = await LeadAsync();
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await ClientInAsync(lead, "ru");
        using var adminHttp = await ClientInAsync(admin, "ru");

        var review = await http.GetStringAsync(new Uri($"/Incidents/{id}/RetroReview", UriKind.Relative));
        using (var sentBack = await PostReviewAsync(http, id, "SendBack", "Ask why once more.", review))
        {
            Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        }

        var audit = await adminHttp.GetStringAsync(new Uri("/Audit", UriKind.Relative));

        Assert.Contains("<h1 class=\"h3\">Проверка ретроспективы</h1>", review, StringComparison.Ordinal);
        Assert.Contains(">Вернуть на доработку</button>", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Send back", review, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mb-2\">Журнал аудита</h1>", audit, StringComparison.Ordinal);
        Assert.Contains($"Инцидент {id.ToString(CultureInfo.InvariantCulture)}</span>", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Clear the filters", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_decision_and_the_review_note_are_in_slovenian()
    {
        var (owner, id) = await SubmittedRetroAsync("Release slipped");
        var lead = await LeadAsync();
        using var http = await ClientInAsync(lead, "sl");
        using var ownerHttp = await ClientInAsync(owner, "sl");
        var review = await http.GetStringAsync(new Uri($"/Incidents/{id}/RetroReview", UriKind.Relative));

        // Sending back needs comments: the form comes back with its summary in Slovenian.
        using var refused = await PostReviewAsync(http, id, "SendBack", null, review);
        var html = await refused.Content.ReadAsStringAsync();
        var details = WebUtility.HtmlDecode(await ownerHttp.GetStringAsync(new Uri($"/Incidents/{id}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vaša odločitev ni shranjena. Preverite:", html, StringComparison.Ordinal);
        Assert.Contains("Pripombe za skrbnika stranke", html, StringComparison.Ordinal);
        Assert.Contains("Oddal(a): Alex Morgan,", details, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientInAsync(TestUser user, string language)
    {
        var http = await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return http;
    }
}
