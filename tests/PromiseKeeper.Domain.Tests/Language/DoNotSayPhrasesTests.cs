using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests.Language;

/// <summary>The phrases legal asked not to say: found whatever the case and spacing, as whole words only.</summary>
public class DoNotSayPhrasesTests
{
    [Theory]
    [InlineData("breach of contract", "We accept this was a breach of contract.", "breach of contract")]
    [InlineData("breach of contract", "We accept this was a BREACH Of Contract.", "BREACH Of Contract")]
    [InlineData("breach of contract", "We accept this was a breach\r\n   of\tcontract.", "breach\r\n   of\tcontract")]
    [InlineData("  Breach   OF\ncontract ", "a breach of contract, sadly", "breach of contract")]
    [InlineData("full refund", "You will get a Full  Refund.", "Full  Refund")]
    [InlineData("24/7", "Support is now 24/7 for you.", "24/7")]
    [InlineData("refund", "Refund: yes.", "Refund")]
    public void A_phrase_is_found_whatever_its_case_and_spacing(string phrase, string text, string found)
    {
        var finding = Assert.Single(DoNotSayPhrases.Find(text, [phrase]));

        Assert.Equal(BlameCategory.LegalAskedNotToSay, finding.Category);
        Assert.Equal(found, finding.Phrase);
        Assert.Equal(found, text.Substring(finding.Start, finding.Length));
        Assert.Contains($"Legal asked not to say \"{DoNotSayPhrases.Normalize(phrase)}\"", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refund", "The fee is nonrefundable.")]
    [InlineData("refund", "We refunded the fee last year.")]
    [InlineData("breach of contract", "There was no breach; the contract stands.")]
    [InlineData("full refund", "A full, quick refund.")]
    [InlineData("fault", "")]
    public void A_phrase_inside_another_word_or_split_by_other_words_is_not_found(string phrase, string text) =>
        Assert.Empty(DoNotSayPhrases.Find(text, [phrase]));

    [Fact]
    public void No_text_or_no_phrases_have_no_findings()
    {
        Assert.Empty(DoNotSayPhrases.Find(null, ["refund"]));
        Assert.Empty(DoNotSayPhrases.Find("A refund.", []));
        Assert.Empty(DoNotSayPhrases.Find("A refund.", ["   "]));
    }

    [Fact]
    public void Every_occurrence_of_every_phrase_is_found_in_the_order_of_the_text()
    {
        var findings = DoNotSayPhrases.Find("Clause 7 aside, a refund. Another REFUND under clause 7.", ["refund", "clause 7", "Refund"]);

        Assert.Equal(["Clause 7", "refund", "REFUND", "clause 7"], findings.Select(f => f.Phrase));
        Assert.Equal(findings.OrderBy(f => f.Start).Select(f => f.Start), findings.Select(f => f.Start));
    }

    [Theory]
    [InlineData("  full \t refund\n", "full refund")]
    [InlineData("refund", "refund")]
    [InlineData("a  b   c", "a b c")]
    public void A_phrase_is_kept_trimmed_with_single_spaces(string typed, string kept) =>
        Assert.Equal(kept, DoNotSayPhrases.Normalize(typed));
}
