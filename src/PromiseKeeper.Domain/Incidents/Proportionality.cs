using System.Globalization;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The playbook's proportionality rule: compensation must match the client's loss at least in order of
/// magnitude, because a small discount against a large loss makes things worse.
/// </summary>
public static class Proportionality
{
    /// <summary>An offer more than this many times smaller than the loss is far too small.</summary>
    public const decimal WarningRatio = 10m;

    /// <summary>
    /// Sums the value to the client of every option in the offer and compares it with the loss
    /// (the caller passes the larger of our estimate and the client's claim).
    /// Warns when loss &gt; <see cref="WarningRatio"/> × offer; exactly ten times is still proportionate.
    /// </summary>
    public static ProportionalityAssessment Assess(IReadOnlyCollection<Money> offerValues, Money? loss)
    {
        ArgumentNullException.ThrowIfNull(offerValues);

        if (offerValues.Count == 0)
        {
            return new(ProportionalityVerdict.NoOffer, null, loss, null,
                "Nothing has been offered yet. Add the options you plan to offer, with their value to the client, to compare them with the loss.");
        }

        var currencies = offerValues.Select(v => v.Currency).Distinct(StringComparer.Ordinal).ToList();
        if (currencies.Count > 1)
        {
            return new(ProportionalityVerdict.CurrencyMismatch, null, loss, null,
                $"The options are valued in different currencies ({string.Join(", ", currencies)}). Value them all in one currency to compare the offer with the loss.");
        }

        var offer = new Money(offerValues.Sum(v => v.Amount), currencies[0]);

        if (loss is null)
        {
            return new(ProportionalityVerdict.LossUnknown, offer, null, null,
                $"The offer is worth {offer} to the client, but the client's loss is not known yet. Estimate the loss to check that the offer is in proportion.");
        }

        if (!string.Equals(offer.Currency, loss.Currency, StringComparison.Ordinal))
        {
            return new(ProportionalityVerdict.CurrencyMismatch, offer, loss, null,
                $"The offer ({offer}) and the client's loss ({loss}) are in different currencies. Value them in the same currency to compare them.");
        }

        if (loss.Amount == 0)
        {
            decimal? zeroRatio = offer.Amount == 0 ? null : 0m;
            return new(ProportionalityVerdict.Proportionate, offer, loss, zeroRatio,
                "The client's loss is estimated at nothing, so any offer is in proportion.");
        }

        if (offer.Amount == 0)
        {
            return new(ProportionalityVerdict.FarTooSmall, offer, loss, null,
                $"The offer is worth nothing to the client against a loss of {loss}. Look for options that are worth something real to the client.");
        }

        var ratio = Math.Round(loss.Amount / offer.Amount, 1, MidpointRounding.AwayFromZero);

        if (loss.Amount > WarningRatio * offer.Amount)
        {
            // Just above ten times can round down to "10"; say "more than" so the sentence stays true.
            var times = ratio > WarningRatio
                ? Format(ratio)
                : "more than " + Format(WarningRatio);
            return new(ProportionalityVerdict.FarTooSmall, offer, loss, ratio,
                $"The offer ({offer}) is {times} times smaller than the client's loss ({loss}). A compensation this far below the loss tends to make things worse; look for options worth more to the client.");
        }

        var explanation = offer.Amount >= loss.Amount
            ? $"The offer ({offer}) is worth at least as much as the client's loss ({loss})."
            : $"The offer is worth 1 : {Format(ratio)} of the loss, the same order of magnitude.";
        return new(ProportionalityVerdict.Proportionate, offer, loss, ratio, explanation);
    }

    private static string Format(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
