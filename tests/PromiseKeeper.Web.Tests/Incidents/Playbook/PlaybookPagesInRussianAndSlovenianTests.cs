using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>The playbook pages speak the browser's language: headings, labels, counted options and the messages of a refused form.</summary>
public sealed class PlaybookPagesInRussianAndSlovenianTests(WebAppFixture app) : LateStagePageTest(app)
{
    [Fact]
    public async Task The_call_page_in_russian_has_russian_labels_and_counts_the_minutes_in_russian()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru-RU,ru;q=0.9");

        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Call");

        Assert.Contains("<h1 class=\"h3\">Планирование звонка</h1>", page, StringComparison.Ordinal);
        Assert.Matches("<label[^>]*for=\"Data_LengthMinutes\"[^>]*>Продолжительность", page);
        Assert.Matches("<label[^>]*for=\"Data_Attendees\"[^>]*>Участники", page);
        Assert.Matches("<option[^>]*value=\"30\"[^>]*>30 минут</option>", page);
        Assert.Matches("<option[^>]*value=\"15\"[^>]*>15 минут</option>", page);
        Assert.Matches("<option[^>]*value=\"45\"[^>]*>45 минут</option>", page);
        Assert.Contains("Звонок ещё не запланирован.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan the call", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_conversation_in_slovenian_shows_the_slovenian_summary_and_keeps_the_input()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        List<KeyValuePair<string, string>> fields =
        [
            new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
            .. ValidForms.Conversation().Where(f => f.Key != "Data.OfferResponse"),
            new("Data.OfferResponse", "Countered"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ];

        using var response = await http.PostFormAsync($"/Incidents/{id}/Conversation", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"h3\">Pogovor</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Pogovor še ni zabeležen. Popravite ta polja:", page, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(HttpForms.ValidationMessage(page, "Data.ResponseNote")));
        Assert.Contains(">Shrani pogovor</button>", page, StringComparison.Ordinal);
        Assert.Equal("They listened, then we talked about the plan.", HttpForms.TextareaValue(page, "Data.Notes"));
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task The_retro_page_in_slovenian_has_slovenian_headings_and_buttons()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl-SI,sl;q=0.9,en;q=0.5");

        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        Assert.Contains("<h1 class=\"h3\">Interna retrospektiva</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Preventivnih ukrepov še ni.", page, StringComparison.Ordinal);
        Assert.Contains(">Shrani retrospektivo</button>", page, StringComparison.Ordinal);
        Assert.Contains(">Dodaj ukrep</button>", page, StringComparison.Ordinal);
        Assert.Matches("<label[^>]*for=\"Measure_OwnerId\"[^>]*>Nosilec", page);
        Assert.DoesNotContain("Save the retro", page, StringComparison.Ordinal);
    }
}
