using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary>Every other rule test relies on the baseline details being valid; this pins that down.</summary>
public class TestDetailsTests
{
    [Fact]
    public void Baseline_details_break_no_rule()
    {
        Assert.Empty(TestDetails.Valid().Check(TestDetails.Now));
    }

    [Fact]
    public void Baseline_details_with_every_optional_field_empty_break_no_rule()
    {
        var details = TestDetails.Valid() with
        {
            ContactRole = null,
            ContactEmail = null,
            ContractReference = null,
            OurLossAmount = null,
            OurLossCurrency = null,
            ClientClaimedLossAmount = null,
            ClientClaimedLossCurrency = null,
            PersonalHarm = PersonalHarm.None,
            PersonalHarmNote = null,
            ClientToldAt = null,
            FirstDisclosure = null,
        };

        Assert.Empty(details.Check(TestDetails.Now));
    }
}
