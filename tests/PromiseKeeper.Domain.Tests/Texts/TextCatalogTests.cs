using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary><see cref="TextCatalog"/>: the keyed explanation texts all exist and render.</summary>
public class TextCatalogTests
{
    private static readonly Dictionary<string, object?> EveryPlaceholder = new(StringComparer.Ordinal)
    {
        ["Loss"] = "30,000.00 EUR",
        ["Offer"] = "1,000.00 EUR",
        ["Because"] = "the client's reputation is harmed",
        ["Mistakes"] = 2,
        ["Currencies"] = "EUR, USD",
        ["Times"] = "30",
        ["Ratio"] = "2.5",
        ["From"] = "Research alternatives",
        ["To"] = "Closed",
        ["Next"] = "Schedule the call",
        ["Delay"] = "3 days",
        ["Count"] = 3,
        ["Phrases"] = "\"we never promised\"",
    };

    public static TheoryData<string, string> EveryKey()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "severity.txt", "proportionality.txt", "stage-blockers.txt", "typical-mistakes.txt", "typical-mistake-details.txt" })
        {
            foreach (var key in TextCatalog.Keys(file))
            {
                data.Add(file, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKey))]
    public void Every_text_renders_without_leftover_placeholders(string file, string key)
    {
        var text = TextCatalog.Get(file, key, EveryPlaceholder);

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
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
    public void Values_are_inserted_as_they_are_and_numbers_in_the_invariant_culture()
    {
        Assert.Equal("The loss ({{Offer}}) is small.", TextCatalog.Fill("severity.txt", "damage.small", ("Loss", "{{Offer}}")));
        Assert.Equal(
            "1000 handling mistakes so far; the way we handle it is making things worse.",
            TextCatalog.Fill("severity.txt", "handling.many", ("Mistakes", 1000)));
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
        Assert.Equal(TextCatalog.Get("severity.txt", "handling.none"), TextCatalog.Get("severity.txt", "handling.none", language: "sl"));
    }
}
