using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The rules of <see cref="IncidentDetails.Check"/> about the two loss figures (our estimate and the
/// client's claim): amount range and precision, the currency an amount needs, and one currency for both.
/// </summary>
public class IncidentDetailsMoneyRulesTests
{
    private const string Ours = nameof(IncidentDetails.OurLossAmount);
    private const string Claimed = nameof(IncidentDetails.ClientClaimedLossAmount);

    public static TheoryData<string, decimal> InvalidAmounts() => ForBothFigures(
        -0.01m,
        -1m,
        -1_000_000m,
        IncidentDetails.MaxAmount + 0.01m,
        decimal.MaxValue,
        1.234m,
        0.001m,
        12_000.505m);

    public static TheoryData<string, decimal> ValidAmounts() => ForBothFigures(
        0m,
        0.01m,
        1.23m,
        1.230m,
        12_000.99m,
        IncidentDetails.MaxAmount);

    public static TheoryData<string, string?> MissingCurrencies() => ForBothFigures<string?>(null, "", "   ");

    public static TheoryData<string, string?> MalformedCurrencies() =>
        ForBothFigures<string?>("eur", "Eur", "EU", "EURO", "E1R", " EUR", "EUR ", "ÉUR", "€");

    [Theory]
    [MemberData(nameof(InvalidAmounts))]
    public void Amount_that_is_negative_too_large_or_has_more_than_two_decimals_is_a_violation_of_that_amount(string amountField, decimal amount)
    {
        AssertViolations(WithFigure(amountField, amount, "EUR"), amountField);
    }

    [Theory]
    [MemberData(nameof(ValidAmounts))]
    public void Amount_from_zero_up_to_the_maximum_with_at_most_two_decimals_passes(string amountField, decimal amount)
    {
        AssertViolations(WithFigure(amountField, amount, "EUR"));
    }

    [Theory]
    [MemberData(nameof(MissingCurrencies))]
    public void Amount_without_a_currency_is_a_violation_of_its_currency(string amountField, string? currency)
    {
        AssertViolations(WithFigure(amountField, 100m, currency), CurrencyFieldOf(amountField));
    }

    [Theory]
    [MemberData(nameof(MalformedCurrencies))]
    public void Currency_that_is_not_three_capital_letters_is_a_violation_of_that_currency(string amountField, string? currency)
    {
        AssertViolations(WithFigure(amountField, 100m, currency), CurrencyFieldOf(amountField));
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("CHF")]
    public void Any_three_capital_letter_currency_passes_when_both_figures_use_it(string currency)
    {
        AssertViolations(Valid() with { OurLossCurrency = currency, ClientClaimedLossCurrency = currency });
    }

    [Fact]
    public void Invalid_amount_and_missing_currency_are_both_reported()
    {
        AssertViolations(
            Valid() with { OurLossAmount = -5m, OurLossCurrency = null },
            nameof(IncidentDetails.OurLossAmount),
            nameof(IncidentDetails.OurLossCurrency));
    }

    [Fact]
    public void Different_currencies_for_our_estimate_and_the_client_claim_are_a_violation_of_the_claim_currency()
    {
        AssertViolations(
            Valid() with { OurLossCurrency = "EUR", ClientClaimedLossCurrency = "USD" },
            nameof(IncidentDetails.ClientClaimedLossCurrency));
    }

    [Fact]
    public void Different_currencies_pass_when_our_estimate_has_no_amount()
    {
        AssertViolations(Valid() with { OurLossAmount = null, OurLossCurrency = "EUR", ClientClaimedLossCurrency = "USD" });
    }

    [Fact]
    public void Different_currencies_pass_when_the_client_claim_has_no_amount()
    {
        AssertViolations(Valid() with { ClientClaimedLossAmount = null, OurLossCurrency = "EUR", ClientClaimedLossCurrency = "USD" });
    }

    [Fact]
    public void Only_one_figure_given_needs_no_second_currency()
    {
        AssertViolations(Valid() with { ClientClaimedLossAmount = null, ClientClaimedLossCurrency = null });
        AssertViolations(Valid() with { OurLossAmount = null, OurLossCurrency = null });
    }

    [Fact]
    public void Malformed_currency_is_reported_once_and_not_also_as_a_currency_mismatch()
    {
        AssertViolations(
            Valid() with { OurLossCurrency = "EUR", ClientClaimedLossCurrency = "usd" },
            nameof(IncidentDetails.ClientClaimedLossCurrency));
        AssertViolations(
            Valid() with { OurLossCurrency = "eur", ClientClaimedLossCurrency = "USD" },
            nameof(IncidentDetails.OurLossCurrency));
    }

    private static IncidentDetails WithFigure(string amountField, decimal? amount, string? currency) => amountField switch
    {
        Ours => Valid() with { OurLossAmount = amount, OurLossCurrency = currency },
        Claimed => Valid() with { ClientClaimedLossAmount = amount, ClientClaimedLossCurrency = currency },
        _ => throw new ArgumentOutOfRangeException(nameof(amountField), amountField, "Not a loss amount field."),
    };

    private static string CurrencyFieldOf(string amountField) => amountField switch
    {
        Ours => nameof(IncidentDetails.OurLossCurrency),
        Claimed => nameof(IncidentDetails.ClientClaimedLossCurrency),
        _ => throw new ArgumentOutOfRangeException(nameof(amountField), amountField, "Not a loss amount field."),
    };

    private static TheoryData<string, T> ForBothFigures<T>(params T[] values)
    {
        var data = new TheoryData<string, T>();
        foreach (var amountField in new[] { Ours, Claimed })
        {
            foreach (var value in values)
            {
                data.Add(amountField, value);
            }
        }

        return data;
    }
}
