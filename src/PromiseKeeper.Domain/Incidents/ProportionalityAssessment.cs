namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The offer's total value to the client set against the client's loss, with a sentence for the page.
/// <see cref="LossToOfferRatio"/> is loss ÷ offer rounded to one decimal, or null when it cannot be computed.
/// </summary>
public sealed record ProportionalityAssessment(
    ProportionalityVerdict Verdict,
    Money? OfferValue,
    Money? Loss,
    decimal? LossToOfferRatio,
    string Explanation)
{
    /// <summary>True when the offer is so small against the loss that the page should warn.</summary>
    public bool IsWarning => Verdict == ProportionalityVerdict.FarTooSmall;
}
