using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="ClientTextCheck"/>: the word list plus the people recorded on the incident, named as the cause.</summary>
public class ClientTextCheckTests
{
    private static readonly ClientTextCheck _withJordan = ClientTextCheck.For(["Jordan Blake (former sales lead)"]);

    [Theory]
    [InlineData("Unfortunately jordan dropped the ball on this.", "jordan dropped the ball")]
    [InlineData("The delay is because of Blake.", "because of Blake")]
    [InlineData("That was jordan blake's mistake.", "jordan blake's mistake")]
    [InlineData("It was Jordan who set that date.", "It was Jordan who")]
    [InlineData("Jordan was supposed to order the parts.", "Jordan was supposed to")]
    [InlineData("Blake should have checked the stock first.", "Blake should have")]
    [InlineData("Jordan Blake has since left, but we will sort it out.", "Jordan Blake has since left")]
    [InlineData("It's on Jordan, I am afraid.", "It's on Jordan")]
    public void A_recorded_name_given_as_the_cause_is_found(string text, string phrase)
    {
        var finding = Assert.Single(_withJordan.Check(text));

        Assert.Equal(BlameCategory.BlamesColleague, finding.Category);
        Assert.Equal(phrase, finding.Phrase);
    }

    [Theory]
    [InlineData("Jordan will join our call on Friday.")]
    [InlineData("We promised you the report by Friday, and we did not deliver it.")]
    [InlineData("I have asked Blake to prepare the new plan with me.")]
    public void A_recorded_name_mentioned_without_blame_is_left_alone(string text) =>
        Assert.Empty(_withJordan.Check(text));

    [Fact]
    public void Without_names_on_record_a_lower_case_name_is_not_taken_for_a_person()
    {
        Assert.Empty(ClientTextCheck.For([]).Check("Sorry, because of jordan we are late."));
        Assert.Single(_withJordan.Check("Sorry, because of jordan we are late."));
    }

    [Theory]
    [InlineData("The project manager")]
    [InlineData("our team")]
    [InlineData("me")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_that_are_not_names_on_the_record_add_nothing(string? recorded)
    {
        var check = ClientTextCheck.For([recorded]);

        Assert.Empty(check.Check("It was the team that set the date, and because of the weather we were late."));
    }

    [Fact]
    public void The_word_list_still_applies()
    {
        var finding = Assert.Single(_withJordan.Check("You should have told us sooner."));

        Assert.Equal(BlameCategory.BlamesClient, finding.Category);
    }
}
