using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="BlameLanguage"/> with the English word list: what it reports and, as important, what it leaves alone.</summary>
public class BlameLanguageTests
{
    [Theory]
    // A colleague
    [InlineData("My colleague dropped the ball on this.", BlameCategory.BlamesColleague, "My colleague dropped the ball")]
    [InlineData("Anna promised you a release in May.", BlameCategory.BlamesColleague, "Anna promised you")]
    [InlineData("Anna Novak promised a fixed price.", BlameCategory.BlamesColleague, "Anna Novak promised")]
    [InlineData("The previous account manager should never have promised that date.", BlameCategory.BlamesColleague, "The previous account manager should never have promised")]
    [InlineData("Honestly, it was not my fault.", BlameCategory.BlamesColleague, "it was not my fault")]
    [InlineData("I wasn't even on the account at the time.", BlameCategory.BlamesColleague, "I wasn't even on the account at the time")]
    [InlineData("The date was promised by my predecessor.", BlameCategory.BlamesColleague, "promised by my predecessor")]
    [InlineData("Sadly the person before me forgot to book the slot.", BlameCategory.BlamesColleague, "the person before me forgot to")]
    [InlineData("I would never have promised that.", BlameCategory.BlamesColleague, "I would never have promised")]
    // Another team, department or supplier
    [InlineData("That was the sales team's mistake.", BlameCategory.BlamesAnotherTeam, "That was the sales team's mistake")]
    [InlineData("That was sales' fault, not mine.", BlameCategory.BlamesAnotherTeam, "That was sales' fault")]
    [InlineData("That was sales mistake.", BlameCategory.BlamesAnotherTeam, "That was sales mistake")]
    [InlineData("Our developers dropped the ball.", BlameCategory.BlamesAnotherTeam, "Our developers dropped the ball")]
    [InlineData("Engineering failed to test the import.", BlameCategory.BlamesAnotherTeam, "Engineering failed to")]
    [InlineData("The other team messed up the migration.", BlameCategory.BlamesAnotherTeam, "The other team messed up")]
    [InlineData("To be fair, you should blame the supplier.", BlameCategory.BlamesAnotherTeam, "blame the supplier")]
    [InlineData("Our subcontractor was supposed to ship on Monday.", BlameCategory.BlamesAnotherTeam, "Our subcontractor was supposed to")]
    [InlineData("It's not our fault.", BlameCategory.BlamesAnotherTeam, "It's not our fault")]
    [InlineData("That is down to the vendor.", BlameCategory.BlamesAnotherTeam, "That is down to the vendor")]
    // The client
    [InlineData("You should have told us about the change.", BlameCategory.BlamesClient, "You should have told us")]
    [InlineData("You failed to send the files.", BlameCategory.BlamesClient, "You failed to")]
    [InlineData("Your team didn't send the data.", BlameCategory.BlamesClient, "Your team didn't send")]
    [InlineData("If you had read the contract, this would be clear.", BlameCategory.BlamesClient, "If you had read")]
    [InlineData("As you were told in March, the scope is fixed.", BlameCategory.BlamesClient, "As you were told")]
    [InlineData("I think you misunderstood the plan.", BlameCategory.BlamesClient, "you misunderstood")]
    [InlineData("To be fair, that was your fault.", BlameCategory.BlamesClient, "your fault")]
    [InlineData("You did not provide the test data.", BlameCategory.BlamesClient, "You did not provide")]
    [InlineData("You are overreacting.", BlameCategory.BlamesClient, "You are overreacting")]
    [InlineData("The delay was on your side.", BlameCategory.BlamesClient, "delay was on your side")]
    [InlineData("You changed the requirements twice.", BlameCategory.BlamesClient, "You changed the requirements")]
    // Denying or minimising the promise
    [InlineData("We never promised a June release.", BlameCategory.DeniesPromise, "We never promised")]
    [InlineData("We didn't promise that.", BlameCategory.DeniesPromise, "We didn't promise")]
    [InlineData("No one promised you a fixed price.", BlameCategory.DeniesPromise, "No one promised")]
    [InlineData("That was never agreed.", BlameCategory.DeniesPromise, "was never agreed")]
    [InlineData("There was no such promise.", BlameCategory.DeniesPromise, "There was no such promise")]
    [InlineData("There was never a commitment to that date.", BlameCategory.DeniesPromise, "There was never a commitment")]
    [InlineData("That's not what we said.", BlameCategory.DeniesPromise, "That's not what we said")]
    [InlineData("You must have misunderstood us.", BlameCategory.DeniesPromise, "You must have misunderstood")]
    [InlineData("Honestly, it's not a big deal.", BlameCategory.DeniesPromise, "it's not a big deal")]
    [InlineData("Technically, we delivered on time.", BlameCategory.DeniesPromise, "Technically, we delivered")]
    [InlineData("It was only a rough estimate.", BlameCategory.DeniesPromise, "was only a rough estimate")]
    [InlineData("It is only two days late.", BlameCategory.DeniesPromise, "only two days late")]
    [InlineData("These things happen.", BlameCategory.DeniesPromise, "These things happen")]
    public void Blaming_or_denying_wording_is_found_with_its_category_and_phrase(string text, BlameCategory category, string phrase)
    {
        var finding = Assert.Single(BlameLanguage.Check(text));

        Assert.Equal(category, finding.Category);
        Assert.Equal(phrase, finding.Phrase);
        Assert.Equal(text.IndexOf(phrase, StringComparison.Ordinal), finding.Start);
        Assert.Equal(phrase.Length, finding.Length);
        Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
    }

    [Theory]
    [InlineData("We promised you the report by Friday, and we did not deliver it.")]
    [InlineData("I am sorry that we did not deliver on time.")]
    [InlineData("You should have received the invoice by now.")]
    [InlineData("Our team will call you tomorrow to agree the next steps.")]
    [InlineData("We failed to deliver on time, and that is on us.")]
    [InlineData("We want to understand your team's goals for the quarter.")]
    [InlineData("You told us the launch date matters most to your board.")]
    [InlineData("None of this is your fault.")]
    [InlineData("This is not your fault, and we will put it right.")]
    [InlineData("Dear Maria,\nAs promised on the call, here is the updated plan.")]
    [InlineData("We are on your side and will stay with you until it is fixed.")]
    [InlineData("I know this is not what we promised you.")]
    [InlineData("I know this is not what we said we would deliver.")]
    [InlineData("We made a mistake, and I am truly sorry.")]
    [InlineData("Our developers will fix it this week.")]
    [InlineData("If you did not receive the parcel, please let me know.")]
    [InlineData("We should not have promised a date we could not keep.")]
    [InlineData("I should never have promised that date without checking with the team.")]
    [InlineData("You should have been told much sooner, and that is on us.")]
    [InlineData("You should have heard from us first.")]
    [InlineData("There may have been a misunderstanding on our side.")]
    [InlineData("I understand this is not just a small delay for you.")]
    [InlineData("Anna will call you on Monday.")]
    [InlineData("This is not a promise yet: I will confirm the date on Friday.")]
    [InlineData("It was our mistake, not the supplier's.")]
    [InlineData("The billing error was ours, and we have refunded the difference.")]
    [InlineData("I dropped the ball, and I am sorry.")]
    [InlineData("Our team dropped the ball, and I am sorry.")]
    [InlineData("Your developers did a great job on the pilot.")]
    [InlineData("I am sorry your team did not get the build on time.")]
    [InlineData("Everything we promised is in the attached plan, with new dates.")]
    public void Careful_apologetic_wording_is_not_a_finding(string text)
    {
        Assert.Empty(BlameLanguage.Check(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_text_has_no_findings(string? text)
    {
        Assert.Empty(BlameLanguage.Check(text));
    }

    [Fact]
    public void Positions_index_into_a_multi_line_text_in_order()
    {
        const string text = "Dear Anna,\r\nthanks for your patience.\nMy colleague dropped the ball,\n\nand you must have\nmisunderstood the date.";

        var findings = BlameLanguage.Check(text);

        Assert.Collection(
            findings,
            f =>
            {
                Assert.Equal(BlameCategory.BlamesColleague, f.Category);
                Assert.Equal(text.IndexOf("My colleague", StringComparison.Ordinal), f.Start);
                Assert.Equal("My colleague dropped the ball", f.Phrase);
            },
            f =>
            {
                Assert.Equal(BlameCategory.DeniesPromise, f.Category);
                Assert.Equal(text.IndexOf("you must", StringComparison.Ordinal), f.Start);
                Assert.Equal("you must have\nmisunderstood", f.Phrase);
                Assert.Equal(f.Phrase, text.Substring(f.Start, f.Length));
            });
    }

    [Theory]
    [InlineData("WE NEVER PROMISED THAT.", "WE NEVER PROMISED")]
    [InlineData("we never promised that.", "we never promised")]
    [InlineData("We didn’t promise that.", "We didn’t promise")]
    [InlineData("It wasn’t my fault.", "wasn’t my fault")]
    [InlineData("That was the sales team’s mistake.", "That was the sales team’s mistake")]
    public void Matching_ignores_case_and_accepts_curly_apostrophes(string text, string phrase)
    {
        Assert.Equal(phrase, Assert.Single(BlameLanguage.Check(text)).Phrase);
    }

    [Fact]
    public void Whitespace_between_words_may_be_anything()
    {
        Assert.Equal("we  never\tpromised", Assert.Single(BlameLanguage.Check("Sorry, but we  never\tpromised it.")).Phrase);
    }

    [Fact]
    public void Words_inside_longer_words_are_not_matched()
    {
        Assert.Empty(BlameLanguage.Check("Prefixwe never promisedsuffix"));
    }

    [Fact]
    public void Overlapping_patterns_produce_one_finding_the_longest()
    {
        // "Anna from sales promised" (a colleague) contains "sales promised" (another team).
        var finding = Assert.Single(BlameLanguage.Check("Anna from sales promised a discount."));

        Assert.Equal(BlameCategory.BlamesColleague, finding.Category);
        Assert.Equal("Anna from sales promised", finding.Phrase);
    }

    [Fact]
    public void Findings_in_one_text_of_every_category_are_ordered_by_position()
    {
        const string text = "We never promised it. Sales promised it. You should have checked. My colleague messed up.";

        var findings = BlameLanguage.Check(text);

        Assert.Equal(
            [BlameCategory.DeniesPromise, BlameCategory.BlamesAnotherTeam, BlameCategory.BlamesClient, BlameCategory.BlamesColleague],
            findings.Select(f => f.Category));
        Assert.Equal(findings.OrderBy(f => f.Start).Select(f => f.Start), findings.Select(f => f.Start));
        Assert.All(findings.Zip(findings.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("de")]
    [InlineData("")]
    public void A_language_without_a_word_list_is_checked_in_English(string language)
    {
        const string text = "We never promised that, and you failed to tell us.";

        var findings = BlameLanguage.Check(text, language);

        Assert.Equal(BlameLanguage.Check(text, "en"), findings);
        Assert.Equal(2, findings.Count);
        Assert.Same(BlameLexicon.ForLanguage("en"), BlameLexicon.ForLanguage(language));
    }

    [Fact]
    public void The_English_word_list_is_cached_and_has_enough_patterns_of_every_category()
    {
        var lexicon = BlameLexicon.ForLanguage("en");

        Assert.Same(lexicon, BlameLexicon.ForLanguage("en"));
        Assert.InRange(lexicon.Patterns.Count(p => p.Category is not null), 40, 120);
        // Legal's phrases come from each incident's do-not-say list, not from the word list.
        foreach (var category in Enum.GetValues<BlameCategory>().Where(c => c != BlameCategory.LegalAskedNotToSay))
        {
            Assert.True(lexicon.Patterns.Count(p => p.Category == category) >= 5, $"too few patterns for {category}");
        }
    }

    [Fact]
    public void Checking_from_many_threads_at_once_gives_the_same_result()
    {
        const string text = "We never promised that.";

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => BlameLanguage.Check(text).Single().Phrase).ToList();

        Assert.All(results, phrase => Assert.Equal("We never promised", phrase));
    }

    [Theory]
    [InlineData(BlameCategory.BlamesColleague, "Blames a colleague")]
    [InlineData(BlameCategory.BlamesAnotherTeam, "Blames another team or a supplier")]
    [InlineData(BlameCategory.BlamesClient, "Blames the client")]
    [InlineData(BlameCategory.DeniesPromise, "Denies or downplays the promise")]
    public void Each_category_has_a_short_label(BlameCategory category, string label)
    {
        Assert.Equal(label, BlameLanguage.Describe(category));
    }

    [Fact]
    public void An_undefined_category_has_no_label()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BlameLanguage.Describe((BlameCategory)42));
    }
}
