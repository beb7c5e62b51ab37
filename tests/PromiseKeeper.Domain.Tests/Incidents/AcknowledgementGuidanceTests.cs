using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="AcknowledgementGuidance"/>: apology for our fault, regret for others', clarity when disputed.</summary>
public class AcknowledgementGuidanceTests
{
    public static TheoryData<Fault> AllFaults() => [.. Enum.GetValues<Fault>()];

    [Theory]
    [InlineData(Fault.Ours, Acknowledgement.Apology)]
    [InlineData(Fault.ThirdParty, Acknowledgement.Regret)]
    [InlineData(Fault.ForceMajeure, Acknowledgement.Regret)]
    [InlineData(Fault.Client, Acknowledgement.ClarifiedAndMovedOn)]
    [InlineData(Fault.Disputed, Acknowledgement.ClarifiedAndMovedOn)]
    public void Recommends_the_acknowledgement_that_suits_the_fault(Fault fault, Acknowledgement expected)
    {
        Assert.Equal(expected, AcknowledgementGuidance.For(fault).Recommended);
    }

    [Fact]
    public void Every_fault_has_a_recommendation_covered_by_the_test_above()
    {
        // If a fault is added, this fails until the mapping test above is extended too.
        Assert.Equal(5, Enum.GetValues<Fault>().Length);
    }

    [Theory]
    [MemberData(nameof(AllFaults))]
    public void Every_fault_has_a_headline_and_guidance(Fault fault)
    {
        var advice = AcknowledgementGuidance.For(fault);

        Assert.False(string.IsNullOrWhiteSpace(advice.Headline));
        Assert.False(string.IsNullOrWhiteSpace(advice.Guidance));
        Assert.DoesNotContain('\n', advice.Headline);
        Assert.Equal(advice.Headline.Trim(), advice.Headline);
        Assert.Equal(advice.Guidance.Trim(), advice.Guidance);
    }

    [Theory]
    [MemberData(nameof(AllFaults))]
    public void The_recommendation_always_fits_its_own_fault(Fault fault)
    {
        Assert.True(AcknowledgementGuidance.Fits(fault, AcknowledgementGuidance.For(fault).Recommended));
    }

    [Theory]
    [MemberData(nameof(AllFaults))]
    public void Saying_nothing_never_fits(Fault fault)
    {
        Assert.False(AcknowledgementGuidance.Fits(fault, Acknowledgement.None));
    }

    [Fact]
    public void Texts_differ_between_apology_regret_and_clarification()
    {
        var ours = AcknowledgementGuidance.For(Fault.Ours);
        var thirdParty = AcknowledgementGuidance.For(Fault.ThirdParty);
        var disputed = AcknowledgementGuidance.For(Fault.Disputed);

        Assert.Contains("pologi", ours.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("regret", thirdParty.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("blame", disputed.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, new[] { ours.Guidance, thirdParty.Guidance, disputed.Guidance }.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Client_fault_guidance_never_blames_the_client()
    {
        var advice = AcknowledgementGuidance.For(Fault.Client);

        Assert.Contains("never blame", advice.Headline, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unknown_language_falls_back_to_english()
    {
        Assert.Equal(AcknowledgementGuidance.For(Fault.Ours), AcknowledgementGuidance.For(Fault.Ours, "xx"));
    }

    [Theory]
    // Our fault: only an apology.
    [InlineData(Fault.Ours, Acknowledgement.None, false)]
    [InlineData(Fault.Ours, Acknowledgement.Apology, true)]
    [InlineData(Fault.Ours, Acknowledgement.Regret, false)]
    [InlineData(Fault.Ours, Acknowledgement.ClarifiedAndMovedOn, false)]
    // Third party: regret, or an apology (over-apologising is not a mistake).
    [InlineData(Fault.ThirdParty, Acknowledgement.None, false)]
    [InlineData(Fault.ThirdParty, Acknowledgement.Apology, true)]
    [InlineData(Fault.ThirdParty, Acknowledgement.Regret, true)]
    [InlineData(Fault.ThirdParty, Acknowledgement.ClarifiedAndMovedOn, false)]
    // Force majeure: as a third party.
    [InlineData(Fault.ForceMajeure, Acknowledgement.None, false)]
    [InlineData(Fault.ForceMajeure, Acknowledgement.Apology, true)]
    [InlineData(Fault.ForceMajeure, Acknowledgement.Regret, true)]
    [InlineData(Fault.ForceMajeure, Acknowledgement.ClarifiedAndMovedOn, false)]
    // The client's mistake: clarify and move on, or regret; never accept the blame with an apology.
    [InlineData(Fault.Client, Acknowledgement.None, false)]
    [InlineData(Fault.Client, Acknowledgement.Apology, false)]
    [InlineData(Fault.Client, Acknowledgement.Regret, true)]
    [InlineData(Fault.Client, Acknowledgement.ClarifiedAndMovedOn, true)]
    // Disputed: as the client's mistake.
    [InlineData(Fault.Disputed, Acknowledgement.None, false)]
    [InlineData(Fault.Disputed, Acknowledgement.Apology, false)]
    [InlineData(Fault.Disputed, Acknowledgement.Regret, true)]
    [InlineData(Fault.Disputed, Acknowledgement.ClarifiedAndMovedOn, true)]
    public void Fits_matrix(Fault fault, Acknowledgement given, bool fits)
    {
        Assert.Equal(fits, AcknowledgementGuidance.Fits(fault, given));
    }

    [Fact]
    public void Fits_matrix_above_covers_every_fault_and_acknowledgement()
    {
        Assert.Equal(20, Enum.GetValues<Fault>().Length * Enum.GetValues<Acknowledgement>().Length);
    }

    [Fact]
    public void Undefined_fault_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AcknowledgementGuidance.For((Fault)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcknowledgementGuidance.Fits((Fault)99, Acknowledgement.Apology));
    }
}
