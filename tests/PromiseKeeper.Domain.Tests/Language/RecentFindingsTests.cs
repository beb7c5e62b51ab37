using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// <see cref="RecentFindings"/>: a text checked again is answered from the findings kept for its word list, never from
/// another word list's (the names on one incident must not reach another's findings).
/// </summary>
public class RecentFindingsTests
{
    [Fact]
    public void The_same_text_checked_by_word_lists_with_different_names_keeps_each_lists_findings()
    {
        // A text no other test checks, so nothing is kept for it yet.
        var text = $"Sorry, because of jordan we are late ({Guid.NewGuid():N}).";
        var withJordan = ClientTextCheck.For(["Jordan Blake (former sales lead)"]);
        var withAlex = ClientTextCheck.For(["Alex Kim"]);

        Assert.Single(withJordan.Check(text));
        Assert.Empty(withAlex.Check(text));
        Assert.Empty(ClientTextCheck.For([]).Check(text));
        Assert.Single(withJordan.Check(text));
    }

    [Fact]
    public void A_text_checked_again_gets_the_same_findings_as_a_check_of_every_pattern()
    {
        var lexicon = BlameLexicon.ForLanguage("en");
        var text = $"Our sales team promised you that date without asking us, and you should have told us sooner ({Guid.NewGuid():N}).";

        var first = lexicon.Check(text);
        var again = lexicon.Check(text);

        Assert.Equal(2, first.Count);
        Assert.Same(first, again);
        Assert.Equal(lexicon.CheckEveryPattern(text), again);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_checked_every_time()
    {
        var lexicon = BlameLexicon.ForLanguage("en");
        var text = "You should have told us sooner. " + new string('x', RecentFindings.MaxTextLength);

        var first = lexicon.Check(text);

        Assert.Single(first);
        Assert.NotSame(first, lexicon.Check(text));
    }
}
