using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The check skips a pattern whose required words are missing from the text. These tests hold that skipping
/// changes no finding: every sentence of <see cref="BlameCoverageTests"/>, one by one and all together.
/// </summary>
public class BlamePrefilterTests
{
    public static TheoryData<string> Sentences()
    {
        var all = new TheoryData<string>();
        foreach (var data in new[]
        {
            BlameCoverageTests.ColleagueBlame(), BlameCoverageTests.TeamBlame(), BlameCoverageTests.ClientBlame(), BlameCoverageTests.Denial(),
            BlameCoverageTests.CarefulAboutColleagues(), BlameCoverageTests.CarefulAboutTeams(),
            BlameCoverageTests.CarefulAboutTheClient(), BlameCoverageTests.CarefulAboutThePromise(),
        })
        {
            foreach (string sentence in data)
            {
                all.Add(sentence);
            }
        }

        return all;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Skipping_patterns_by_their_words_finds_the_same(string text)
    {
        var lexicon = BlameLexicon.ForLanguage("en").WithPeople(["Jordan", "Blake", "Jordan Blake"]);

        Assert.Equal(lexicon.CheckEveryPattern(text), lexicon.Check(text));
    }

    [Fact]
    public void All_sentences_in_one_text_give_the_same_findings_either_way()
    {
        var text = string.Join(" ", Sentences().Cast<string>()) + " Jordan dropped the ball, and because of Blake we were late.";
        var lexicon = BlameLexicon.ForLanguage("en").WithPeople(["Jordan", "Blake"]);

        var findings = lexicon.Check(text);

        Assert.Equal(lexicon.CheckEveryPattern(text), findings);
        Assert.True(findings.Count >= 80, $"only {findings.Count} findings");
    }

    [Fact]
    public void A_pattern_of_placeholders_only_is_never_skipped()
    {
        var lexicon = BlameLexicon.Parse("colleague | {name} {word} | why");

        Assert.Single(lexicon.Check("Anna left."));
    }
}
