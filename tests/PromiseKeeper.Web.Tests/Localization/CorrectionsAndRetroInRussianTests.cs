using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>The correction history (new rows keyed, old rows with English names) and the retro's "what happened" pre-fill in Russian.</summary>
public sealed class CorrectionsAndRetroInRussianTests(WebAppFixture app) : LateStagePageTest(app)
{
    [Fact]
    public async Task The_correction_history_names_the_field_and_its_values_in_russian_also_for_a_row_stored_in_english()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");
        var path = $"/Incidents/{id}/Correct";
        var page = await GetHtmlAsync(http, path);
        var fields = HtmlForm.Fields(page, path, path).Where(f => f.Key is not "Data.Fault" and not "Data.Reason");

        using var response = await http.PostFormAsync(path, [.. fields, new("Data.Fault", "ThirdParty"), new("Data.Reason", "The hosting provider's outage.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Запись исправлена: чья вина.", WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}")), StringComparison.Ordinal);
        var keyed = WebUtility.HtmlDecode(await GetHtmlAsync(http, path));
        Assert.Contains("<td data-label=\"Факт\">чья вина</td>", keyed, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Было\" class=\"preserve-lines\">Наша</td>", keyed, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Стало\" class=\"preserve-lines\">Третьей стороны</td>", keyed, StringComparison.Ordinal);

        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"FieldHistory\" SET \"Field\" = 'fault' WHERE \"IncidentId\" = {id}"));
        var old = WebUtility.HtmlDecode(await GetHtmlAsync(http, path));
        Assert.Contains("<td data-label=\"Факт\">чья вина</td>", old, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Стало\" class=\"preserve-lines\">Третьей стороны</td>", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retro_starts_what_happened_from_the_timeline_in_russian()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        var whatHappened = HttpForms.TextareaValue(await GetHtmlAsync(http, $"/Incidents/{id}/Retro"), "Data.WhatHappened");

        Assert.Contains("Зафиксировано невыполненное обещание.", whatHappened, StringComparison.Ordinal);
        Assert.DoesNotContain("Logged the broken promise", whatHappened, StringComparison.Ordinal);
    }
}
