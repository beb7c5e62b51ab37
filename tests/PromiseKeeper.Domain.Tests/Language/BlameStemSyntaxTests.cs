using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The pattern syntax for inflected languages: <c>stem*</c>, ё matching е, and names on the record found inflected
/// when a word list defines <c>{name-endings}</c>.
/// </summary>
public class BlameStemSyntaxTests
{
    [Theory]
    [InlineData("коллега подвёл")]
    [InlineData("Коллеги подвёл")]
    [InlineData("коллегой подвёл")]
    [InlineData("КОЛЛЕГАМ подвёл")]
    public void A_stem_with_a_star_matches_the_stem_plus_any_letters(string text)
    {
        var lexicon = BlameLexicon.Parse("colleague | коллег* подвёл | why");

        Assert.Equal(text, Assert.Single(lexicon.Check(text)).Phrase);
    }

    [Theory]
    [InlineData("колле подвёл")]
    [InlineData("коллег-а подвёл")]
    [InlineData("сколлега подвёл")]
    public void A_stem_with_a_star_still_matches_whole_words_only(string text)
    {
        Assert.Empty(BlameLexicon.Parse("colleague | коллег* подвёл | why").Check(text));
    }

    [Fact]
    public void A_star_in_a_choice_and_an_english_stem_work_the_same()
    {
        var lexicon = BlameLexicon.Parse("denial | we (promis*|guarantee*) nothing | why");

        Assert.Single(lexicon.Check("we promised nothing"));
        Assert.Single(lexicon.Check("We guaranteed nothing"));
        Assert.Single(lexicon.Check("we promis nothing"));
        Assert.Empty(lexicon.Check("we pro nothing"));
    }

    [Theory]
    [InlineData("colleague | * подвёл | why")]
    [InlineData("colleague | (*|коллега) подвёл | why")]
    public void A_star_without_a_stem_is_refused(string line)
    {
        var error = Assert.Throws<FormatException>(() => BlameLexicon.Parse(line, "test.txt"));

        Assert.Contains("\"*\" must follow the letters of a stem", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("коллега подвёл")]
    [InlineData("коллега подвел")]
    [InlineData("КОЛЛЕГА ПОДВЁЛ")]
    [InlineData("Коллега Подвел")]
    public void A_written_yo_also_matches_ye(string text)
    {
        Assert.Single(BlameLexicon.Parse("colleague | коллега подвёл | why").Check(text));
    }

    [Fact]
    public void A_written_ye_does_not_match_yo()
    {
        Assert.Empty(BlameLexicon.Parse("colleague | коллега подвел | why").Check("коллега подвёл"));
    }

    [Fact]
    public void A_stem_pattern_is_skipped_on_a_text_without_its_stem_and_gives_the_same_findings_either_way()
    {
        var lexicon = BlameLexicon.Parse("""
            colleague | коллег* (подвёл|подвела) | why
            team | поставщик* (подвёл|подвела) | why
            """);
        const string text = "Коллеге не стоило… Коллега подвела нас.";

        Assert.Equal(1, lexicon.CountPatternsRun(text));
        Assert.Equal(lexicon.CheckEveryPattern(text), lexicon.Check(text));
        Assert.Single(lexicon.Check(text));
    }

    [Theory]
    [InlineData("Из-за Ивана мы опоздали.", "Из-за Ивана")]
    [InlineData("из-за ивана мы опоздали.", "из-за ивана")]
    [InlineData("Из-за Марии мы опоздали.", "Из-за Марии")]
    [InlineData("Из-за Павла мы опоздали.", "Из-за Павла")]
    [InlineData("Из-за Петра мы опоздали.", "Из-за Петра")]
    [InlineData("Из-за Ивана Петрова мы опоздали.", "Из-за Ивана Петрова")]
    [InlineData("Из-за Марии Петровой мы опоздали.", "Из-за Марии Петровой")]
    public void With_name_endings_names_on_the_record_are_found_inflected(string text, string phrase)
    {
        var lexicon = BlameLexicon.Parse("""
            set | name-endings | (а|я|у|ю|ом|ем|ой|ей|е|и|ы|ым)
            named | из-за {person} | why
            """).WithPeople(["Иван Петров", "Иван", "Петров", "Мария", "Мария Петрова", "Павел", "Пётр"]);

        Assert.Equal(phrase, Assert.Single(lexicon.Check(text)).Phrase);
        Assert.Equal(lexicon.CheckEveryPattern(text), lexicon.Check(text));
    }

    [Fact]
    public void Without_name_endings_names_on_the_record_match_only_as_written()
    {
        var lexicon = BlameLexicon.Parse("named | because of {person} | why").WithPeople(["Jordan", "Blake"]);

        Assert.Single(lexicon.Check("because of Jordan"));
        Assert.Empty(lexicon.Check("because of Jordana"));
        Assert.Empty(lexicon.Check("because of Blak"));
    }

    [Fact]
    public void An_inflected_name_needs_its_stem_not_just_its_ending()
    {
        var lexicon = BlameLexicon.Parse("""
            set | name-endings | (a|u|om)
            named | zaradi {person} | why
            """).WithPeople(["Janez"]);

        Assert.Single(lexicon.Check("zaradi Janeza"));
        Assert.Empty(lexicon.Check("zaradi Jana"));
        Assert.Empty(lexicon.Check("zaradi Janezovega"));
    }

    [Fact]
    public void The_name_placeholder_takes_cyrillic_names_but_not_the_words_of_not_a_name()
    {
        var lexicon = BlameLexicon.Parse("""
            set | not-a-name | (вы|мы)
            colleague | {name} подвёл | why
            """);

        Assert.Equal("Иван подвёл", Assert.Single(lexicon.Check("Иван подвёл")).Phrase);
        Assert.Equal("Иван Петров подвёл", Assert.Single(lexicon.Check("Иван Петров подвёл")).Phrase);
        Assert.Empty(lexicon.Check("Вы подвёл"));
        Assert.Empty(lexicon.Check("иван подвёл"));
    }
}
