using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="BlameLexicon"/>: the word-list format, the pattern syntax and the errors a list editor sees.</summary>
public class BlameLexiconTests
{
    [Fact]
    public void Comment_and_blank_lines_are_ignored()
    {
        var lexicon = BlameLexicon.Parse("""
            # a comment | with | bars
              # an indented comment

            denial | we never promised | Denies the promise.
            """);

        var pattern = Assert.Single(lexicon.Patterns);
        Assert.Equal(BlameCategory.DeniesPromise, pattern.Category);
        Assert.Equal("we never promised", pattern.Pattern);
        Assert.Equal("Denies the promise.", pattern.Explanation);
        Assert.Equal(4, pattern.LineNumber);
    }

    [Theory]
    [InlineData("colleague", BlameCategory.BlamesColleague)]
    [InlineData("team", BlameCategory.BlamesAnotherTeam)]
    [InlineData("client", BlameCategory.BlamesClient)]
    [InlineData("denial", BlameCategory.DeniesPromise)]
    [InlineData("Denial", BlameCategory.DeniesPromise)]
    public void Each_kind_gives_its_category(string kind, BlameCategory category)
    {
        var finding = Assert.Single(BlameLexicon.Parse($"{kind} | oops | why").Check("Oops."));

        Assert.Equal(category, finding.Category);
        Assert.Equal("why", finding.Explanation);
    }

    [Theory]
    [InlineData("colleague | {name} promised | why", "# list\n\ncoleague | x | why", 3, "unknown kind")]
    [InlineData("", "denial | we never promised", 1, "three fields")]
    [InlineData("", "just some words", 1, "three fields")]
    [InlineData("", "denial | (we|I never promised | why", 1, "bracket")]
    [InlineData("", "denial | we never promised |   ", 1, "may be empty")]
    [InlineData("", "denial | [we] | why", 1, "not in [optional] brackets")]
    [InlineData("", "denial | (we||I) never | why", 1, "empty")]
    [InlineData("", "denial | we {team} | why", 1, "unknown placeholder {team}")]
    [InlineData("", "denial | we never) promised | why", 1, "closes a bracket")]
    [InlineData("", "denial | {word | why", 1, "bracket")]
    [InlineData("", "set | x | (a|b", 1, "\"(\" is never closed")]
    [InlineData("", "set | x | {word", 1, "\"{\" is never closed")]
    [InlineData("set | x | a", "set | x | b", 1, "already defined")]
    [InlineData("", "set | bad name! | (a|b)", 1, "set name")]
    public void A_bad_line_is_refused_with_its_line_number(string before, string badLine, int lineInBadPart, string problem)
    {
        var content = before.Length == 0 ? badLine : before + "\n" + badLine;
        var expectedLine = (before.Length == 0 ? 0 : before.Split('\n').Length) + lineInBadPart;

        var error = Assert.Throws<FormatException>(() => BlameLexicon.Parse(content, "test.txt"));

        Assert.Contains($"test.txt, line {expectedLine}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_and_optional_parts_match_every_variant()
    {
        var lexicon = BlameLexicon.Parse("denial | [well] we (never|did not) [really] promised | why");

        Assert.Equal("we never promised", Assert.Single(lexicon.Check("we never promised")).Phrase);
        Assert.Equal("Well we did not really promised", Assert.Single(lexicon.Check("Well we did not really promised")).Phrase);
        Assert.Empty(lexicon.Check("we always promised"));
        Assert.Empty(lexicon.Check("we neverpromised"));
    }

    [Fact]
    public void Pieces_without_a_space_are_matched_without_a_space()
    {
        var lexicon = BlameLexicon.Parse("""
            set | team | (sales|the sales team)
            team | {team}['s|'] fault | why
            """);

        Assert.Equal("sales's fault", Assert.Single(lexicon.Check("sales's fault")).Phrase);
        Assert.Equal("sales' fault", Assert.Single(lexicon.Check("sales' fault")).Phrase);
        Assert.Equal("the sales team fault", Assert.Single(lexicon.Check("the sales team fault")).Phrase);
        Assert.Empty(lexicon.Check("sales 's fault"));
    }

    [Fact]
    public void An_apostrophe_in_a_pattern_matches_straight_and_curly_apostrophes()
    {
        var lexicon = BlameLexicon.Parse("denial | we didn’t promise | why");

        Assert.Single(lexicon.Check("we didn't promise"));
        Assert.Single(lexicon.Check("we didn’t promise"));
        Assert.Empty(lexicon.Check("we didnt promise"));
    }

    [Fact]
    public void Word_placeholder_matches_exactly_one_word()
    {
        var lexicon = BlameLexicon.Parse("team | the {word} team failed | why");

        Assert.Single(lexicon.Check("the data-import team failed"));
        Assert.Single(lexicon.Check("the QA team failed"));
        Assert.Empty(lexicon.Check("the team failed"));
        Assert.Empty(lexicon.Check("the big QA team failed"));
    }

    [Fact]
    public void Name_placeholder_matches_capitalised_names_but_not_the_words_of_the_not_a_name_set()
    {
        var lexicon = BlameLexicon.Parse("""
            colleague | {name} promised | why
            set | not-a-name | (we|as)
            """);

        Assert.Equal("Anna promised", Assert.Single(lexicon.Check("Anna promised")).Phrase);
        Assert.Equal("Anna Novak promised", Assert.Single(lexicon.Check("Anna Novak promised")).Phrase);
        Assert.Empty(lexicon.Check("anna promised"));
        Assert.Empty(lexicon.Check("We promised"));
        Assert.Empty(lexicon.Check("As promised"));
        Assert.Single(lexicon.Check("Wendy promised"));
    }

    [Fact]
    public void A_set_may_use_a_set_defined_above_it()
    {
        var lexicon = BlameLexicon.Parse("""
            set | who | (sales|support)
            set | failed | {who} (failed|forgot)
            team | {failed} it | why
            """);

        Assert.Single(lexicon.Check("support forgot it"));
    }

    [Fact]
    public void A_set_used_before_it_is_defined_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => BlameLexicon.Parse("""
            set | failed | {who} failed
            set | who | (sales|support)
            """));

        Assert.Contains("line 1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ok_pattern_switches_off_the_findings_it_overlaps()
    {
        var lexicon = BlameLexicon.Parse("""
            client | your fault | Blames the client.
            ok | not your fault | Reassures the client.
            """);

        Assert.Empty(lexicon.Check("This is not your fault."));
        const string text = "This is not your fault. Well, it is your fault.";
        var finding = Assert.Single(lexicon.Check(text));
        Assert.Equal(text.LastIndexOf("your fault", StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Of_overlapping_matches_the_longest_wins_and_then_the_earliest()
    {
        var lexicon = BlameLexicon.Parse("""
            client | one two | short
            denial | two three four | long
            colleague | four five | later
            """);

        var findings = lexicon.Check("one two three four five");

        var finding = Assert.Single(findings);
        Assert.Equal("long", finding.Explanation);
        Assert.Equal(4, finding.Start);

        var tie = lexicon.Check("one two three");
        Assert.Equal("short", Assert.Single(tie).Explanation);
    }

    [Fact]
    public void A_bar_inside_brackets_belongs_to_the_pattern_and_the_explanation_may_contain_bars()
    {
        var pattern = Assert.Single(BlameLexicon.Parse("denial | we (never|not) promised | a | b").Patterns);

        Assert.Equal("we (never|not) promised", pattern.Pattern);
        Assert.Equal("a | b", pattern.Explanation);
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        var lexicon = BlameLexicon.Parse("# comment\r\ndenial | no big deal | why\r\n");

        Assert.Equal(2, Assert.Single(lexicon.Patterns).LineNumber);
    }

    [Fact]
    public void The_embedded_English_list_parses()
    {
        var lexicon = BlameLexicon.Parse(PromiseKeeper.Domain.Texts.TextResources.Read(BlameLexicon.FileName, "en"));

        Assert.NotEmpty(lexicon.Patterns);
    }
}
