using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Legal;

/// <summary>
/// Legal's review page read in Russian or Slovenian: the page in the reader's language, the client texts the account
/// manager saved in the client's language (drafted by the app for a Russian client, whatever the page's language).
/// </summary>
public sealed class LegalReviewInRussianAndSlovenianTests(WebAppFixture app) : LegalReviewTest(app)
{
    private const string RussianSubject = "Тема: Просьба о коротком разговоре";
    private const string RussianVoicemail = "(Примерно 25 секунд. Говорите неторопливо и доброжелательно.";

    [Theory]
    [InlineData("ru", "<title>Юридическая проверка: Запуск перенесён", "<h1 class=\"h3\">Юридическая проверка</h1>", "Договор и обещание", "Тексты для клиента",
        "Письмо с просьбой о звонке", "Одобрить формулировку", "Записать решение", "Прежние проверки")]
    [InlineData("sl", "<title>Pravni pregled: Запуск перенесён", "<h1 class=\"h3\">Pravni pregled</h1>", "Pogodba in obljuba", "Besedila za stranko",
        "Sporočilo s prošnjo za klic", "Odobri besedilo", "Zabeleži odločitev", "Prejšnji pregledi")]
    public async Task Legal_reads_the_page_in_their_language_and_the_drafts_in_the_client_s(
        string language, string title, string heading, string promiseHeading, string textsHeading, string emailHeading, string approveWording, string record, string earlier)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        await App.AddClientAsync("Sibirskie Seti", language: Languages.Russian);
        var incident = await App.AnIncident(owner).ForClient("Sibirskie Seti").Titled("Запуск перенесён").ContractLinked(Contract).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        await SaveTheDraftedCallAsync(owner, incident.Id);
        using var http = await App.CreateSignedInClientAsync(legal);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await GetHtmlAsync(http, $"/Incidents/{incident.Id}/LegalReview");

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(promiseHeading, html, StringComparison.Ordinal);
        Assert.Contains(textsHeading, html, StringComparison.Ordinal);
        Assert.Contains(emailHeading, html, StringComparison.Ordinal);
        Assert.Contains(approveWording, html, StringComparison.Ordinal);
        Assert.Contains(record, html, StringComparison.Ordinal);
        Assert.Contains(earlier, html, StringComparison.Ordinal);
        Assert.Contains(Contract, html, StringComparison.Ordinal);
        // The drafts stay in the client's language whatever the reader's.
        Assert.Contains(RussianSubject, html, StringComparison.Ordinal);
        Assert.Contains(RussianVoicemail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Could we have a short call?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The words to the client", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Legal review<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Решение ещё не записано. Исправьте, пожалуйста, эти поля:", "Выберите, утверждаете ли вы инцидент или нужны изменения.")]
    [InlineData("sl", "Odločitev še ni zabeležena. Popravite ta polja:", "Izberite, ali odobrite ali so potrebne spremembe.")]
    public async Task A_review_without_a_decision_is_refused_in_the_reader_s_language(string language, string summary, string message)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        using var http = await App.CreateSignedInClientAsync(legal);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = $"/Incidents/{id}/LegalReview";
        var html = await GetHtmlAsync(http, page);

        using var response = await http.PostFormAsync(page, HtmlForm.Fields(html, page, page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.Content.ReadAsStringAsync();
        Assert.Contains(summary, refused, StringComparison.Ordinal);
        Assert.Contains(message, refused, StringComparison.Ordinal);
    }

    /// <summary>The account manager (reading English) lets the app draft the call texts for the client and saves them as drafted.</summary>
    private async Task SaveTheDraftedCallAsync(TestUser owner, long id)
    {
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = $"/Incidents/{id}/Call";
        var html = await GetHtmlAsync(http, $"{page}?Regenerate=true");
        var typed = new Dictionary<string, string>
        {
            ["Data.StartsAt"] = "2026-11-24T14:00",
            ["Data.TimeZoneId"] = "Europe/Ljubljana",
            ["Data.Channel"] = nameof(CallChannel.Phone),
            ["Data.Attendees"] = "Dana Client <dana@client.example>",
            ["Data.ClientSentence"] = "Выпуск 2.4 не выйдет 1 ноября, как мы обещали.",
        };
        var fields = HtmlForm.Fields(html, $"{page}?Regenerate=true", page).Where(f => !typed.ContainsKey(f.Key)).Concat(typed);

        // The texts are drafted again for the call as typed, as the page asks before a changed call is saved.
        using var redrafted = await http.PostFormAsync($"{page}?handler=Redraft", fields);
        Assert.Equal(HttpStatusCode.OK, redrafted.StatusCode);
        using var saved = await http.PostFormAsync(page, HtmlForm.Fields(await redrafted.Content.ReadAsStringAsync(), page, page));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
