using System.Net;
using System.Text.Json;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>The incident list, the log form, the incident page and the blame check as a Russian or Slovenian reader gets them.</summary>
public sealed class IncidentPagesInRussianAndSlovenianTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_incident_list_and_the_log_form_are_in_russian()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await ClientInAsync(user, "ru");

        var list = await http.GetStringAsync(new Uri("/Incidents", UriKind.Relative));
        var form = await http.GetStringAsync(new Uri("/Incidents/Log", UriKind.Relative));

        Assert.Contains("<title>Инциденты", list, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mb-0\">Мои инциденты</h1>", list, StringComparison.Ordinal);
        Assert.Contains(">Любой этап</option>", list, StringComparison.Ordinal);
        Assert.Contains("Невыполненных обещаний здесь пока нет. И это хорошая новость.", list, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3\">Зарегистрировать невыполненное обещание</h1>", form, StringComparison.Ordinal);
        Assert.Contains("Краткое описание", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Short summary", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_log_form_says_what_its_own_validator_found_in_slovenian()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme Industrial");
        using var http = await ClientInAsync(user, "sl");
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        var fields = ValidForms.LogIncident(clientId)
            .Where(f => f.Key != "Data.ClientId")
            .Append(new("Data.ClientId", "987654"))
            .Append(new(HttpForms.TokenField, token));

        using var response = await http.PostFormAsync("/Incidents/Log", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Te stranke ni več; izberite drugo.", HttpForms.ValidationMessage(html, "Data.ClientId"));
        Assert.Contains("Incident še ni zabeležen. Popravite ta polja:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_incident_page_is_in_russian_with_its_points_counted_in_russian()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).Titled("Go-live missed").SaveAsync();
        var view = await App.SendAsync(owner, m => m.Send(new DetailsModel.Query(incident.Id)));
        using var http = await ClientInAsync(owner, "ru");

        var html = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.NotNull(view);
        var total = view.Severity.TotalPoints;
        Assert.Contains("<h2 id=\"timeline-heading\" class=\"h5\">Хронология</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"damage-heading\" class=\"h5 card-title\">Вина и ущерб</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"Определяется по трём факторам (всего {total} {RussianPoints(total)}):", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" points", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Текст слишком длинный для проверки (16 385 символов); проверить можно не более 16 384.")]
    [InlineData("sl", "Besedilo je predolgo za preverjanje (16.385 znakov); preveriti je mogoče največ 16.384.")]
    public async Task The_blame_check_refuses_a_long_text_in_the_reader_s_language(string language, string expected)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await ClientInAsync(owner, language);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents");

        using var response = await http.PostFormAsync(
            $"/Incidents/{incident.Id}/BlameCheck",
            [new("text", new string('a', BlameCheckModel.TextMaxLength + 1)), new(HttpForms.TokenField, token)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // .NET groups Russian thousands with a no-break space.
        Assert.Equal(expected, json.RootElement.GetProperty("message").GetString()?.Replace('\u00a0', ' '));
    }

    private static string RussianPoints(int count) => (count % 10, count % 100) switch
    {
        (1, not 11) => "балл",
        ( >= 2 and <= 4, not (>= 12 and <= 14)) => "балла",
        _ => "баллов",
    };

    private async Task<HttpClient> ClientInAsync(TestUser user, string language)
    {
        var http = await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return http;
    }
}
