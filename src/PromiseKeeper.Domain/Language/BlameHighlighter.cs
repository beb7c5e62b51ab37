namespace PromiseKeeper.Domain.Language;

/// <summary>
/// Cuts a checked text into plain and highlighted pieces, so Razor can render the highlights
/// with ordinary encoded output instead of raw HTML.
/// </summary>
public static class BlameHighlighter
{
    /// <summary>
    /// The text as consecutive segments; concatenating their texts gives back <paramref name="text"/> exactly.
    /// A finding that does not fit the text (out of range, overlapping an earlier finding, or whose phrase
    /// is not what the text holds at that position, e.g. stale after an edit) is left out rather than
    /// highlighting the wrong words.
    /// </summary>
    public static IReadOnlyList<TextSegment> Split(string text, IReadOnlyList<BlameFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var finding in findings.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (!Fits(text, finding, position))
            {
                continue;
            }

            if (finding.Start > position)
            {
                segments.Add(new TextSegment(text[position..finding.Start], null));
            }

            segments.Add(new TextSegment(text.Substring(finding.Start, finding.Length), finding));
            position = finding.Start + finding.Length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }

    private static bool Fits(string text, BlameFinding finding, int position) =>
        finding.Length > 0
        && finding.Start >= position
        && finding.Start <= text.Length - finding.Length
        && text.AsSpan(finding.Start, finding.Length).SequenceEqual(finding.Phrase);
}
