using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Proportionality"/>: compensation must be in the same order of magnitude as the loss.</summary>
public class ProportionalityTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");

    [Fact]
    public void Offer_more_than_ten_times_smaller_than_the_loss_warns()
    {
        var result = Proportionality.Assess([Eur(1_000m)], Eur(25_000m));

        Assert.Equal(ProportionalityVerdict.FarTooSmall, result.Verdict);
        Assert.True(result.IsWarning);
        Assert.Equal(25m, result.LossToOfferRatio);
        Assert.Equal(Eur(1_000m), result.OfferValue);
        Assert.Equal(Eur(25_000m), result.Loss);
        Assert.Equal(
            "The offer (1,000.00 EUR) is 25 times smaller than the client's loss (25,000.00 EUR). A compensation this far below the loss tends to make things worse; look for options worth more to the client.",
            result.Explanation);
    }

    [Fact]
    public void An_offer_of_only_options_without_a_money_value_is_not_compared_and_not_counted_as_nothing()
    {
        var result = Proportionality.Assess([null, null], Eur(25_000m));

        Assert.Equal(ProportionalityVerdict.NotInMoney, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Null(result.OfferValue);
        Assert.DoesNotContain("0.00", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_without_a_money_value_are_left_out_of_the_sum_and_the_explanation_says_so()
    {
        var result = Proportionality.Assess([Eur(5_000m), null], Eur(10_000m));

        Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
        Assert.Equal(Eur(5_000m), result.OfferValue);
        Assert.EndsWith("Options without a money value (1) are left out of this sum, not counted as nothing.", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_exactly_ten_times_smaller_is_still_proportionate()
    {
        var result = Proportionality.Assess([Eur(1_000m)], Eur(10_000m));

        Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Equal(10m, result.LossToOfferRatio);
        Assert.Equal("The offer is worth 1 : 10 of the loss, the same order of magnitude.", result.Explanation);
    }

    [Fact]
    public void Offer_just_over_ten_times_smaller_warns_although_the_ratio_rounds_to_ten()
    {
        var result = Proportionality.Assess([Eur(1_000m)], Eur(10_010m));

        Assert.Equal(ProportionalityVerdict.FarTooSmall, result.Verdict);
        Assert.Equal(10.0m, result.LossToOfferRatio);
        Assert.StartsWith("The offer (1,000.00 EUR) is more than 10 times smaller than the client's loss (10,010.00 EUR).", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cent_over_ten_times_warns()
    {
        var result = Proportionality.Assess([Eur(1_000m)], Eur(10_000.01m));

        Assert.True(result.IsWarning);
    }

    [Fact]
    public void Offer_just_under_ten_times_smaller_is_proportionate()
    {
        var result = Proportionality.Assess([Eur(1_000m)], Eur(9_999.99m));

        Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
        Assert.Equal(10.0m, result.LossToOfferRatio);
    }

    [Fact]
    public void Proportionate_offer_states_the_ratio_in_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("sl-SI");
            var result = Proportionality.Assess([Eur(1_000m)], Eur(2_500m));

            Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
            Assert.Equal(2.5m, result.LossToOfferRatio);
            Assert.Equal("The offer is worth 1 : 2,5 of the loss, the same order of magnitude.", result.Explanation);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Offer_worth_more_than_the_loss_is_proportionate()
    {
        var result = Proportionality.Assess([Eur(3_000m)], Eur(1_500m));

        Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
        Assert.Equal(0.5m, result.LossToOfferRatio);
        Assert.Equal("The offer (3,000.00 EUR) is worth at least as much as the client's loss (1,500.00 EUR).", result.Explanation);
    }

    [Fact]
    public void Several_options_are_summed()
    {
        // 400 + 300 + 300 = 1,000 against 10,000: exactly ten times, proportionate; one option alone would warn.
        var result = Proportionality.Assess([Eur(400m), Eur(300m), Eur(300m)], Eur(10_000m));

        Assert.Equal(Eur(1_000m), result.OfferValue);
        Assert.Equal(ProportionalityVerdict.Proportionate, result.Verdict);
        Assert.Equal(10m, result.LossToOfferRatio);
        Assert.True(Proportionality.Assess([Eur(400m)], Eur(10_000m)).IsWarning);
    }

    [Fact]
    public void Empty_offer_is_no_offer()
    {
        var result = Proportionality.Assess([], Eur(10_000m));

        Assert.Equal(ProportionalityVerdict.NoOffer, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Null(result.OfferValue);
        Assert.Null(result.LossToOfferRatio);
        Assert.Equal(Eur(10_000m), result.Loss);
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
    }

    [Fact]
    public void Empty_offer_with_unknown_loss_is_still_no_offer()
    {
        Assert.Equal(ProportionalityVerdict.NoOffer, Proportionality.Assess([], null).Verdict);
    }

    [Fact]
    public void Unknown_loss_cannot_be_compared()
    {
        var result = Proportionality.Assess([Eur(100m), Eur(50m)], null);

        Assert.Equal(ProportionalityVerdict.LossUnknown, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Equal(Eur(150m), result.OfferValue);
        Assert.Null(result.Loss);
        Assert.Null(result.LossToOfferRatio);
        Assert.Contains("150.00 EUR", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_in_different_currencies_are_a_mismatch()
    {
        var result = Proportionality.Assess([Eur(100m), new Money(100m, "USD")], Eur(100_000m));

        Assert.Equal(ProportionalityVerdict.CurrencyMismatch, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Null(result.OfferValue);
        Assert.Null(result.LossToOfferRatio);
        Assert.Contains("EUR", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("USD", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_in_another_currency_than_the_loss_is_a_mismatch()
    {
        var result = Proportionality.Assess([new Money(100m, "USD")], Eur(100_000m));

        Assert.Equal(ProportionalityVerdict.CurrencyMismatch, result.Verdict);
        Assert.False(result.IsWarning);
        Assert.Equal(new Money(100m, "USD"), result.OfferValue);
        Assert.Null(result.LossToOfferRatio);
    }

    [Fact]
    public void Offer_worth_nothing_against_a_loss_warns_without_a_ratio()
    {
        var result = Proportionality.Assess([Eur(0m), Eur(0m)], Eur(500m));

        Assert.Equal(ProportionalityVerdict.FarTooSmall, result.Verdict);
        Assert.True(result.IsWarning);
        Assert.Equal(Eur(0m), result.OfferValue);
        Assert.Null(result.LossToOfferRatio);
    }

    [Fact]
    public void Zero_loss_is_proportionate_to_any_offer()
    {
        var withOffer = Proportionality.Assess([Eur(100m)], Eur(0m));
        var withNothing = Proportionality.Assess([Eur(0m)], Eur(0m));

        Assert.Equal(ProportionalityVerdict.Proportionate, withOffer.Verdict);
        Assert.Equal(0m, withOffer.LossToOfferRatio);
        Assert.Equal(ProportionalityVerdict.Proportionate, withNothing.Verdict);
        Assert.Null(withNothing.LossToOfferRatio);
    }

    [Theory]
    [InlineData(300, 1_000, 3.3)]
    [InlineData(300, 2_000, 6.7)]
    [InlineData(1_000, 2_250, 2.3)] // midpoint 2.25 rounds away from zero
    [InlineData(1_000, 2_249, 2.2)]
    [InlineData(1_000, 1_050, 1.1)] // midpoint 1.05
    [InlineData(3, 100, 33.3)]
    public void Ratio_is_rounded_to_one_decimal_away_from_zero(int offer, int loss, double expected)
    {
        var result = Proportionality.Assess([Eur(offer)], Eur(loss));

        Assert.Equal((decimal)expected, result.LossToOfferRatio);
    }

    [Fact]
    public void Rounded_ratio_appears_in_the_warning()
    {
        var result = Proportionality.Assess([Eur(3m)], Eur(100m));

        Assert.Contains("is 33.3 times smaller", result.Explanation, StringComparison.Ordinal);
    }
}
