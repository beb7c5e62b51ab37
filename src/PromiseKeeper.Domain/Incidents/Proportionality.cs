using System.Globalization;
using PromiseKeeper.Domain.Texts;

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
    /// Sums the value to the client of every option in the offer that has a money value and compares it with the loss
    /// (the caller passes the larger of our estimate and the client's claim). An option without a money value (a new
    /// timeline, say) is not a compensation of nothing: it is left out of the sum, and an offer of only such options is not compared.
    /// Warns when loss &gt; <see cref="WarningRatio"/> × offer; exactly ten times is still proportionate.
    /// </summary>
    public static ProportionalityAssessment Assess(IReadOnlyCollection<Money?> offerValues, Money? loss)
    {
        ArgumentNullException.ThrowIfNull(offerValues);

        if (offerValues.Count == 0)
        {
            return new(ProportionalityVerdict.NoOffer, null, loss, null,
                Text("no-offer"));
        }

        var valued = offerValues.OfType<Money>().ToList();
        if (valued.Count == 0)
        {
            return new(ProportionalityVerdict.NotInMoney, null, loss, null,
                Text("not-in-money"));
        }

        var assessment = AssessValued(valued, loss);
        var unvalued = offerValues.Count - valued.Count;
        return unvalued == 0
            ? assessment
            : assessment with { Explanation = $"{assessment.Explanation} {Text("unvalued-left-out", ("Count", unvalued))}" };
    }

    private static ProportionalityAssessment AssessValued(List<Money> offerValues, Money? loss)
    {
        var currencies = offerValues.Select(v => v.Currency).Distinct(StringComparer.Ordinal).ToList();
        if (currencies.Count > 1)
        {
            return new(ProportionalityVerdict.CurrencyMismatch, null, loss, null,
                Text("mixed-currencies", ("Currencies", string.Join(", ", currencies))));
        }

        var offer = new Money(offerValues.Sum(v => v.Amount), currencies[0]);

        if (loss is null)
        {
            return new(ProportionalityVerdict.LossUnknown, offer, null, null,
                Text("loss-unknown", ("Offer", offer)));
        }

        if (!string.Equals(offer.Currency, loss.Currency, StringComparison.Ordinal))
        {
            return new(ProportionalityVerdict.CurrencyMismatch, offer, loss, null,
                Text("currency-mismatch", ("Offer", offer), ("Loss", loss)));
        }

        if (loss.Amount == 0)
        {
            decimal? zeroRatio = offer.Amount == 0 ? null : 0m;
            return new(ProportionalityVerdict.Proportionate, offer, loss, zeroRatio,
                Text("zero-loss"));
        }

        if (offer.Amount == 0)
        {
            return new(ProportionalityVerdict.FarTooSmall, offer, loss, null,
                Text("zero-offer", ("Loss", loss)));
        }

        var ratio = Math.Round(loss.Amount / offer.Amount, 1, MidpointRounding.AwayFromZero);

        if (loss.Amount > WarningRatio * offer.Amount)
        {
            // Just above ten times can round down to "10"; say "more than" so the sentence stays true.
            var times = ratio > WarningRatio
                ? Format(ratio)
                : Text("more-than", ("Ratio", Format(WarningRatio)));
            return new(ProportionalityVerdict.FarTooSmall, offer, loss, ratio,
                Text("far-too-small", ("Offer", offer), ("Times", times), ("Loss", loss)));
        }

        var explanation = offer.Amount >= loss.Amount
            ? Text("at-least-the-loss", ("Offer", offer), ("Loss", loss))
            : Text("same-order", ("Ratio", Format(ratio)));
        return new(ProportionalityVerdict.Proportionate, offer, loss, ratio, explanation);
    }

    private static string Format(decimal value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    // Money goes in with its own invariant "12,500.00 EUR" form.
    private static string Text(string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Fill("proportionality.txt", key, values);
}
