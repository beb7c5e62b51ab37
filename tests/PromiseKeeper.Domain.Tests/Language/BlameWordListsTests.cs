using System.Globalization;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The word lists of every language: each parses, each pattern can be skipped by its words, Russian and Slovenian
/// are their own lists, and the category labels exist in every language.
/// </summary>
public class BlameWordListsTests
{
    public static TheoryData<string> AllLanguages() => [.. Languages.All];

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Every_pattern_compiles_and_has_at_least_one_required_literal(string language)
    {
        var lexicon = BlameLexicon.Parse(TextResources.Read(BlameLexicon.FileName, language), $"Texts/{language}/{BlameLexicon.FileName}")
            .WithPeople(["Someone Named"]);

        Assert.NotEmpty(lexicon.Patterns);
        Assert.All(lexicon.Patterns, pattern => Assert.True(pattern.Needs.Count > 0, $"{language} line {pattern.LineNumber} has no required literal: {pattern.Pattern}"));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    public void Russian_and_Slovenian_have_their_own_list_with_enough_patterns_of_every_category(string language)
    {
        var lexicon = BlameLexicon.ForLanguage(language);

        Assert.NotSame(BlameLexicon.ForLanguage("en"), lexicon);
        Assert.Same(lexicon, BlameLexicon.ForLanguage(language));
        Assert.Contains(lexicon.WithPeople(["Someone"]).Patterns, p => p.Pattern.Contains("{person}", StringComparison.Ordinal));
        foreach (var category in Enum.GetValues<BlameCategory>().Where(c => c != BlameCategory.LegalAskedNotToSay))
        {
            Assert.True(lexicon.Patterns.Count(p => p.Category == category) >= 8, $"too few {language} patterns for {category}");
        }
    }

    [Theory]
    [InlineData("ru", "Мы никогда не обещали Вам этого.")]
    [InlineData("sl", "Nikoli vam nismo obljubili tega.")]
    public void Check_uses_the_list_of_the_language_it_is_given(string language, string text)
    {
        Assert.Equal(BlameCategory.DeniesPromise, Assert.Single(BlameLanguage.Check(text, language)).Category);
        Assert.Empty(BlameLanguage.Check(text, "en"));
    }

    [Fact]
    public void A_typical_four_kilobyte_russian_letter_runs_few_patterns_and_finds_nothing()
    {
        var text = string.Concat(Enumerable.Repeat(RussianLetter, (4096 / RussianLetter.Length) + 1));
        var lexicon = BlameLexicon.ForLanguage("ru").WithPeople(["Иван Петров", "Иван", "Петров"]);

        var run = lexicon.CountPatternsRun(text);

        Assert.True(text.Length >= 4096);
        Assert.True(run <= lexicon.Patterns.Count / 2, $"{run} of {lexicon.Patterns.Count} patterns ran");
        Assert.Empty(lexicon.Check(text));
        Assert.Empty(lexicon.CheckEveryPattern(text));
    }

    [Theory]
    [InlineData("en", BlameCategory.BlamesColleague, "Blames a colleague")]
    [InlineData("ru", BlameCategory.BlamesColleague, "Вина перекладывается на коллегу")]
    [InlineData("sl", BlameCategory.BlamesColleague, "Krivda se prelaga na sodelavca")]
    [InlineData("ru", BlameCategory.DeniesPromise, "Обещание отрицается или преуменьшается")]
    [InlineData("sl", BlameCategory.BlamesClient, "Krivda se prelaga na stranko")]
    [InlineData("xx", BlameCategory.BlamesClient, "Blames the client")]
    [InlineData(null, BlameCategory.BlamesClient, "Blames the client")]
    public void A_category_label_comes_in_the_language_asked_for(string? language, BlameCategory category, string label)
    {
        Assert.Equal(label, BlameLanguage.Describe(category, language));
    }

    [Theory]
    [InlineData("ru-RU", "Вина перекладывается на клиента")]
    [InlineData("sl-SI", "Krivda se prelaga na stranko")]
    [InlineData("en-GB", "Blames the client")]
    [InlineData("de-DE", "Blames the client")]
    public void Without_a_language_the_label_follows_the_current_ui_culture(string culture, string label)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(label, BlameLanguage.Describe(BlameCategory.BlamesClient));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("ru-RU", "полный возврат", "Юристы просили не писать этому клиенту «полный возврат».")]
    [InlineData("sl-SI", "polno vračilo", "Pravna služba je prosila, naj te stranki ne pišemo »polno vračilo«.")]
    [InlineData("en-GB", "full refund", "Legal asked not to say \"full refund\" to this client.")]
    public void What_legal_asked_not_to_say_is_explained_in_the_current_ui_language(string culture, string phrase, string explanation)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var finding = Assert.Single(DoNotSayPhrases.Find($"… {phrase.ToUpperInvariant()} …", [phrase]));

            Assert.Equal(explanation, finding.Explanation);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_category_has_a_label_of_its_own_in_every_language()
    {
        foreach (var language in Languages.All)
        {
            var labels = Enum.GetValues<BlameCategory>().Select(c => BlameLanguage.Describe(c, language)).ToList();

            Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(TextCatalog.Keys(BlameLanguage.CategoriesFile, "en").Order(StringComparer.Ordinal),
                TextCatalog.Keys(BlameLanguage.CategoriesFile, language).Order(StringComparer.Ordinal));
        }
    }

    // A polite letter after a missed delivery: what went wrong, what we do now, the next steps.
    private const string RussianLetter = """
        Уважаемая Ольга Николаевна, добрый день!
        Мы обещали доставить оборудование к пятнице и не выполнили обещание. Это наша ошибка, и мне очень жаль,
        что Вам пришлось перестраивать планы. Сейчас заказ уже собран, машина выезжает завтра утром, и к обеду
        всё будет у Вас на складе. Я лично прослежу за доставкой и позвоню Вам, как только водитель будет в пути.
        Чтобы такое не повторилось, мы добавили ещё одну проверку перед отгрузкой: теперь каждый заказ сверяется
        с датой, которую мы Вам назвали. Если задержка повлияла на Ваши сроки перед клиентами, давайте обсудим,
        чем мы можем помочь: можем прислать монтажников в выходные или взять на себя часть расходов.
        Предлагаю созвониться в четверг в 11:00, чтобы договориться о дальнейших шагах. Если время неудобно,
        напишите, пожалуйста, когда Вам удобнее. С уважением, Анна Соколова, менеджер по работе с клиентами.

        """;
}
