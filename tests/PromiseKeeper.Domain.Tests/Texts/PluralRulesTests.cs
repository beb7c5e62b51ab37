using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary><see cref="PluralRules"/>: the CLDR categories of whole numbers in English, Russian and Slovenian.</summary>
public class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 2, "other")]
    [InlineData("ru", 1, "one")]
    [InlineData("ru", 2, "few")]
    [InlineData("ru", 4, "few")]
    [InlineData("ru", 5, "many")]
    [InlineData("ru", 11, "many")]
    [InlineData("ru", 12, "many")]
    [InlineData("ru", 14, "many")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 22, "few")]
    [InlineData("ru", 111, "many")]
    [InlineData("ru", 0, "many")]
    [InlineData("sl", 1, "one")]
    [InlineData("sl", 2, "two")]
    [InlineData("sl", 3, "few")]
    [InlineData("sl", 4, "few")]
    [InlineData("sl", 5, "other")]
    [InlineData("sl", 11, "other")]
    [InlineData("sl", 101, "one")]
    [InlineData("sl", 102, "two")]
    [InlineData("sl", 103, "few")]
    [InlineData("sl", 0, "other")]
    [InlineData("de", 1, "one")]
    public void A_count_falls_in_its_languages_category(string language, long count, string category)
    {
        Assert.Equal(category, PluralRules.Category(language, count));
    }
}
