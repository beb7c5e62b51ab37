using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>The domain's keyed text files (read by <see cref="TextCatalog"/>) and sample values for every placeholder they use.</summary>
internal static class KeyedTextFiles
{
    public static readonly string[] All =
    [
        "severity.txt", "proportionality.txt", "stage-blockers.txt", "typical-mistakes.txt", "typical-mistake-details.txt",
        Messages.File, Labels.File, "bank-account.txt",
    ];

    /// <summary>Keyed files whose keys, languages and values have tests of their own (blame labels, the drafts' words, timeline events).</summary>
    public static readonly string[] CheckedByTheirOwnTests =
    [
        "blame-categories.txt", "call-invitation.txt", "call-plan-sentences.txt", "draft-words.txt", "events.txt",
    ];

    /// <summary>Files of <c>Texts/en/</c> that are not keyed: the acknowledgement advice (headline and guidance) and the blame word list.</summary>
    public static bool IsKeyed(string file) => !file.StartsWith("acknowledgement-", StringComparison.Ordinal) && file != "blame-phrases.txt";

    public static readonly Dictionary<string, object?> EveryPlaceholder = new(StringComparer.Ordinal)
    {
        ["Loss"] = "30,000.00 EUR",
        ["Balance"] = -7,
        ["Threshold"] = -6,
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
        ["Max"] = 300,
        ["Length"] = 301,
        ["Currency"] = "EUR",
        ["Date"] = "29 March 2026",
        ["Time"] = "02:30",
        ["Zone"] = "Europe/Ljubljana",
        ["File"] = "\"scan.pdf\"",
        ["Name"] = "Dana Novak",
        ["Size"] = "10.1",
        ["Extension"] = ".pdf",
        ["Actual"] = "a PNG image",
        ["Named"] = "a PDF document",
        ["Suggested"] = ".png",
        ["Option"] = "Two free days of work",
        ["Phrase"] = "we never promised",
        ["Action"] = "correct the record",
        ["Stage"] = "\"Closed\"",
        ["Stages"] = "\"Research alternatives\"",
        ["Line"] = 3,
        ["Text"] = "25.12.2026",
    };

    /// <summary>The files embedded for the language, e.g. "severity.txt".</summary>
    public static IReadOnlyList<string> Embedded(string language) =>
        [.. typeof(TextResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"Texts/{language}/", StringComparison.Ordinal))
            .Select(n => n[$"Texts/{language}/".Length..])
            .Order(StringComparer.Ordinal)];
}
