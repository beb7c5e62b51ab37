using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// <see cref="DraftTexts"/> picks the template language: a client draft the client's (<see cref="DraftFacts.Language"/>),
/// whatever the reader's UI language; the call plan the reader's, with its sentences to say in the client's. With this test
/// assembly's own en/ru templates (Texts/Templates/), so it holds whatever the product's translations say.
/// </summary>
public class DraftTextsLanguageTests
{
    private static readonly DraftTexts Drafts = new(new LiquidTemplates(typeof(DraftTextsLanguageTests).Assembly));

    private static DraftFacts Client(string language) => DraftFactsCombinations.Bare(Fault.Ours) with
    {
        Language = language,
        UpdateDays = [new DateOnly(2026, 12, 10)],
    };

    [Theory]
    [InlineData("en", "Recap for Ana Novak: 10 December 2026")]
    [InlineData("ru", "Итоги для Ana Novak: 10 декабря 2026 г.")]
    // No Slovenian test template: the English one, with the values in Slovenian.
    [InlineData("sl", "Recap for Ana Novak: 10. december 2026")]
    [InlineData("de", "Recap for Ana Novak: 10 December 2026")]
    public void A_client_draft_is_written_in_the_client_s_language(string language, string expected) =>
        Assert.Equal(expected, InUi("ru", () => Drafts.Recap(Client(language))));

    [Fact]
    public void A_russian_client_s_recap_is_russian_on_an_english_page_and_an_english_client_s_english_on_a_russian_page()
    {
        Assert.StartsWith("Итоги", InUi("en", () => Drafts.Recap(Client("ru"))), StringComparison.Ordinal);
        Assert.StartsWith("Recap", InUi("ru", () => Drafts.Recap(Client("en"))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_given_overrides_the_client_s() =>
        Assert.StartsWith("Итоги", Drafts.Recap(Client("en"), "ru"), StringComparison.Ordinal);

    [Theory]
    [InlineData("ru", "en", "План (1 марта 2025 г.): скажите «I understand why you are upset.»")]
    [InlineData("en", "ru", "Plan (1 March 2025): say \"Я понимаю, почему Вы расстроены.\"")]
    [InlineData("ru", "sl", "План (1 марта 2025 г.): скажите «Razumem, zakaj ste razburjeni.»")]
    public void The_call_plan_is_in_the_reader_s_language_with_the_sentences_in_the_client_s(string reader, string client, string expected) =>
        Assert.Equal(expected, InUi(reader, () => Drafts.CallPlan(DraftFactsCombinations.Plan(Client(client)))));

    [Fact]
    public void The_call_plan_may_be_asked_for_in_a_language() =>
        Assert.StartsWith("План", InUi("en", () => Drafts.CallPlan(DraftFactsCombinations.Plan(Client("en")), "ru")), StringComparison.Ordinal);

    private static string InUi(string language, Func<string> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
