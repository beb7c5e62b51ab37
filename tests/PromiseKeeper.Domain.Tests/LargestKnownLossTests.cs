using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Incident.LargestKnownLoss"/>: the larger of our estimate and the client's claim.</summary>
public class LargestKnownLossTests
{
    [Fact]
    public void Is_the_client_claim_when_it_is_larger()
    {
        var incident = LogWith(ours: 12_000.50m, claimed: 30_000m);

        Assert.Equal(new Money(30_000m, "EUR"), incident.LargestKnownLoss);
    }

    [Fact]
    public void Is_our_estimate_when_it_is_larger()
    {
        var incident = LogWith(ours: 30_000.01m, claimed: 30_000m);

        Assert.Equal(new Money(30_000.01m, "EUR"), incident.LargestKnownLoss);
    }

    [Fact]
    public void Is_that_amount_when_both_are_equal()
    {
        var incident = LogWith(ours: 500m, claimed: 500m);

        Assert.Equal(new Money(500m, "EUR"), incident.LargestKnownLoss);
    }

    [Fact]
    public void Is_our_estimate_when_the_client_claims_nothing()
    {
        var incident = LogWith(ours: 12_000.50m, claimed: null);

        Assert.Equal(new Money(12_000.50m, "EUR"), incident.LargestKnownLoss);
    }

    [Fact]
    public void Is_the_client_claim_when_we_have_no_estimate()
    {
        var incident = LogWith(ours: null, claimed: 30_000m);

        Assert.Equal(new Money(30_000m, "EUR"), incident.LargestKnownLoss);
    }

    [Fact]
    public void Is_unknown_when_neither_figure_is_known()
    {
        Assert.Null(LogWith(ours: null, claimed: null).LargestKnownLoss);
    }

    private static Incident LogWith(decimal? ours, decimal? claimed) =>
        Incident.Log(Valid() with { OurLossAmount = ours, ClientClaimedLossAmount = claimed }, Owner, Now);
}
