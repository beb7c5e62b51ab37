using System.Buffers;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// One line of a blame word list, compiled once. <see cref="Category"/> is null for an "ok" line:
/// careful wording whose matches switch off any finding they overlap (e.g. "not your fault").
/// </summary>
public sealed class BlamePattern
{
    internal BlamePattern(
        BlameCategory? category, string pattern, string explanation, int lineNumber, Regex regex, IReadOnlyList<SearchValues<string>> needs)
    {
        Needs = needs;
        Category = category;
        Pattern = pattern;
        Explanation = explanation;
        LineNumber = lineNumber;
        Regex = regex;
    }

    /// <summary>The category of a finding; null for an "ok" line.</summary>
    public BlameCategory? Category { get; }

    /// <summary>The pattern as written in the word list.</summary>
    public string Pattern { get; }

    /// <summary>Shown to the user next to the finding (for an "ok" line: why the wording is fine).</summary>
    public string Explanation { get; }

    /// <summary>The 1-based line of the word list the pattern comes from.</summary>
    public int LineNumber { get; }

    internal Regex Regex { get; }

    /// <summary>Each holds strings of which a text must contain one (ignoring case) for <see cref="Regex"/> to match it.</summary>
    internal IReadOnlyList<SearchValues<string>> Needs { get; }

    public override string ToString() => $"{LineNumber}: {Pattern}";
}
