using System.Globalization;

namespace PromiseKeeper.Web.Tests.Localization;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("1500", "en", "1500")]
    [InlineData("1500.50", "en", "1500.50")]
    [InlineData("1500,50", "en", "1500.50")]
    [InlineData("1,500.50", "en", "1500.50")]
    [InlineData("1,500", "en", "1500")]
    [InlineData("1.500", "en", "1.5")]
    [InlineData("1500,50", "ru", "1500.50")]
    [InlineData("1 500,50", "ru", "1500.50")]
    [InlineData("1\u00A0500,50", "ru", "1500.50")]
    [InlineData("1500.50", "ru", "1500.50")]
    [InlineData("1,500", "ru", "1.5")]
    [InlineData("1500,50", "sl", "1500.50")]
    [InlineData("1.500,50", "sl", "1500.50")]
    [InlineData("1.500", "sl", "1500")]
    [InlineData("1500.50", "sl", "1500.50")]
    [InlineData("1.234.567", "sl", "1234567")]
    [InlineData("1,234,567.89", "en", "1234567.89")]
    [InlineData("-20,5", "ru", "-20.5")]
    public void An_amount_reads_as_the_person_meant_it(string typed, string culture, string expected)
    {
        Assert.True(AmountText.TryParse(typed, CultureInfo.GetCultureInfo(culture), out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("1.500,50.25")]
    [InlineData("12,34.567,89")]
    [InlineData("1e5")]
    [InlineData(",")]
    [InlineData("1.50.0")]
    public void Nonsense_is_not_an_amount(string typed)
    {
        foreach (var culture in new[] { "en", "ru", "sl" })
        {
            Assert.False(AmountText.TryParse(typed, CultureInfo.GetCultureInfo(culture), out _), $"{typed} in {culture}");
        }
    }
}
