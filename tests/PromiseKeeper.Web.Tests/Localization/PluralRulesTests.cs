using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en", 2, "other")]
    [InlineData("en", 21, "other")]
    [InlineData("ru", 1, "one")]
    [InlineData("ru", 2, "few")]
    [InlineData("ru", 4, "few")]
    [InlineData("ru", 5, "many")]
    [InlineData("ru", 11, "many")]
    [InlineData("ru", 12, "many")]
    [InlineData("ru", 14, "many")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 22, "few")]
    [InlineData("ru", 0, "many")]
    [InlineData("ru", 111, "many")]
    [InlineData("ru", 101, "one")]
    [InlineData("sl", 1, "one")]
    [InlineData("sl", 2, "two")]
    [InlineData("sl", 3, "few")]
    [InlineData("sl", 4, "few")]
    [InlineData("sl", 5, "other")]
    [InlineData("sl", 0, "other")]
    [InlineData("sl", 11, "other")]
    [InlineData("sl", 101, "one")]
    [InlineData("sl", 102, "two")]
    [InlineData("sl", 103, "few")]
    [InlineData("sl", 111, "other")]
    public void Each_count_gets_its_cldr_category(string language, long count, string category) =>
        Assert.Equal(category, PluralRules.CategoryOf(language, count));

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("sl")]
    public void Every_category_a_count_falls_into_is_one_a_translation_gives(string language)
    {
        var used = Enumerable.Range(0, 250).Select(n => PluralRules.CategoryOf(language, n)).ToHashSet();

        Assert.Equal(PluralRules.CategoriesOf(language).Order(), used.Order());
    }
}
