using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Money"/>: a non-negative amount in a three-capital-letter currency.</summary>
public class MoneyTests
{
    [Theory]
    [InlineData(0, "EUR")]
    [InlineData(12.5, "USD")]
    [InlineData(1_000_000, "CHF")]
    public void Keeps_a_non_negative_amount_and_a_currency_code(double amount, string currency)
    {
        var money = new Money((decimal)amount, currency);

        Assert.Equal((decimal)amount, money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-1)]
    public void Negative_amount_is_refused(double amount)
    {
        Assert.Throws<DomainException>(() => new Money((decimal)amount, "EUR"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData(" EUR")]
    [InlineData("EUR ")]
    [InlineData("ÉUR")]
    public void Currency_that_is_not_three_capital_letters_is_refused(string? currency)
    {
        Assert.Throws<DomainException>(() => new Money(10m, currency!));
        Assert.False(Money.IsCurrencyCode(currency));
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("AAA")]
    [InlineData("ZZZ")]
    public void Three_capital_letters_are_a_currency_code(string currency)
    {
        Assert.True(Money.IsCurrencyCode(currency));
    }

    [Fact]
    public void Equal_amounts_in_the_same_currency_are_equal()
    {
        Assert.Equal(new Money(10m, "EUR"), new Money(10.00m, "EUR"));
        Assert.NotEqual(new Money(10m, "EUR"), new Money(10m, "USD"));
        Assert.NotEqual(new Money(10m, "EUR"), new Money(10.01m, "EUR"));
    }

    [Fact]
    public void Shows_the_amount_with_its_currency_the_same_in_every_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sl-SI");
            Assert.Equal("12,500.50 EUR", new Money(12500.5m, "EUR").ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
