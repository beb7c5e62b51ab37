using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary><see cref="TextCatalog"/>: the keyed explanation texts all exist and render.</summary>
public class TextCatalogTests
{
    private static readonly Dictionary<string, object?> EveryPlaceholder = KeyedTextFiles.EveryPlaceholder;

    /// <summary>Every key of every keyed file, in every language.</summary>
    public static TheoryData<string, string, string> EveryKey()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in Languages.All)
        {
            foreach (var file in KeyedTextFiles.All)
            {
                foreach (var key in TextCatalog.Keys(file, language))
                {
                    data.Add(language, file, key);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKey))]
    public void Every_text_renders_in_every_language_without_leftover_placeholders(string language, string file, string key)
    {
        IEnumerable<string> texts = TextCatalog.IsPlural(key)
            ? [.. new[] { 0, 1, 2, 3, 4, 5, 11, 21, 22, 101, 102, 103 }.Select(n => InCulture.Run(CultureOf(language), () => TextCatalog.Count(file, key, n, language, [.. EveryPlaceholder.Select(p => (p.Key, p.Value))])))]
            : [TextCatalog.Get(file, key, EveryPlaceholder, language)];

        foreach (var text in texts)
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("|", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Placeholders_are_filled_in()
    {
        Assert.Equal(
            "The offer (1,000.00 EUR) and the client's loss (30,000.00 EUR) are in different currencies. Value them in the same currency to compare them.",
            TextCatalog.Get("proportionality.txt", "currency-mismatch", EveryPlaceholder));
    }

    [Fact]
    public void A_text_that_names_a_value_that_was_not_given_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.Fill("proportionality.txt", "currency-mismatch", ("Offer", "1,000.00 EUR")));

        Assert.Contains("{{Loss}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("currency-mismatch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_value_is_refused_rather_than_left_as_a_gap()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.Fill("severity.txt", "damage.small", ("Loss", null)));

        Assert.Contains("{{Loss}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_inserted_as_they_are()
    {
        Assert.Equal("The loss ({{Offer}}) is small.", TextCatalog.Fill("severity.txt", "damage.small", ("Loss", "{{Offer}}")));
        Assert.Equal(
            "1000 handling mistakes so far; the way we handle it is making things worse.",
            TextCatalog.Fill("severity.txt", "handling.many", ("Mistakes", 1000)));
    }

    [Fact]
    public void Numbers_are_written_in_the_current_culture()
    {
        var text = InCulture.Run("ru-RU", () => TextCatalog.Fill("proportionality.txt", "more-than", ("Ratio", 2.5m)));

        Assert.Equal("более чем 2,5", text);
    }

    [Fact]
    public void Without_a_language_a_text_is_read_in_the_current_ui_language()
    {
        Assert.Equal("Ошибок в работе с ситуацией пока нет.", InCulture.Run("ru-RU", () => TextCatalog.Get("severity.txt", "handling.none")));
        Assert.Equal("Pri ravnanju s primerom doslej ni bilo napak.", InCulture.Run("sl-SI", () => TextCatalog.Get("severity.txt", "handling.none")));
        Assert.Equal("No handling mistakes so far.", InCulture.Run("de-DE", () => TextCatalog.Get("severity.txt", "handling.none")));
    }

    [Fact]
    public void An_explicit_language_wins_over_the_ui_language()
    {
        Assert.Equal("No handling mistakes so far.", InCulture.Run("ru-RU", () => TextCatalog.Get("severity.txt", "handling.none", language: Languages.English)));
    }

    [Theory]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 2, "2 days")]
    [InlineData("ru", 1, "1 день")]
    [InlineData("ru", 3, "3 дня")]
    [InlineData("ru", 11, "11 дней")]
    [InlineData("ru", 21, "21 день")]
    [InlineData("sl", 1, "1 dan")]
    [InlineData("sl", 2, "2 dneva")]
    [InlineData("sl", 4, "4 dni")]
    [InlineData("sl", 102, "102 dneva")]
    public void A_plural_text_takes_the_form_the_count_needs(string language, int count, string expected)
    {
        Assert.Equal(expected, TextCatalog.Count("typical-mistake-details.txt", "A.days(count)", count, language));
    }

    [Fact]
    public void A_plural_text_with_the_wrong_number_of_forms_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.Forms("severity.txt", "handling.none", Languages.English));

        Assert.Contains("(count)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.Get("stage-blockers.txt", "no-such-key"));

        Assert.Contains("no-such-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_its_own_file_reads_the_english_one()
    {
        Assert.Equal(TextCatalog.Get("severity.txt", "handling.none"), TextCatalog.Get("severity.txt", "handling.none", language: "de"));
    }

    private static string CultureOf(string language) => language switch
    {
        Languages.Russian => "ru-RU",
        Languages.Slovenian => "sl-SI",
        _ => "en-GB",
    };
}
