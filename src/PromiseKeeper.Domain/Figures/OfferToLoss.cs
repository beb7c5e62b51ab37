using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Figures;

/// <summary>The offer set against the client's loss as one number, for counting across incidents.</summary>
public static class OfferToLoss
{
    /// <summary>The largest ratio kept: an offer a million times the loss says as much as any larger one.</summary>
    public const decimal MaxRatio = 1_000_000m;

    /// <summary>
    /// The offer's value to the client divided by the client's loss, exactly as the proportionality check compares them
    /// (<see cref="Incident.AssessOffer"/>: the sum of the offered options with a money value against the larger of our
    /// estimate and the client's claim). Null when the check cannot compare them: no offer, an offer with no money value,
    /// an unknown or zero loss, different currencies. Rounded down to 4 decimals, so that "under 1:10" (below 0.1) holds
    /// exactly when the page warns that the offer is far too small (a loss more than ten times the offer).
    /// </summary>
    public static decimal? Ratio(ProportionalityAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment is { Verdict: ProportionalityVerdict.Proportionate or ProportionalityVerdict.FarTooSmall, OfferValue: { } offer, Loss: { Amount: > 0 } loss }
            ? Math.Min(MaxRatio, Math.Round(offer.Amount / loss.Amount, 4, MidpointRounding.ToZero))
            : null;
    }
}
