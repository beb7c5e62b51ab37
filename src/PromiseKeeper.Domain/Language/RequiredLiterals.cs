namespace PromiseKeeper.Domain.Language;

/// <summary>
/// Text that every match of a pattern must contain: from each group in <see cref="AllOf"/> at least one string
/// (ignoring case). A check skips a pattern's regular expression when the text lacks one of the groups, which
/// makes most patterns cost one vectorised scan instead of a regex run over the whole text.
/// </summary>
internal sealed class RequiredLiterals
{
    public static readonly RequiredLiterals None = new([]);

    private RequiredLiterals(IReadOnlyList<string[]> allOf)
    {
        AllOf = allOf;
    }

    /// <summary>The groups; empty when nothing is known to be required (a placeholder such as {word}).</summary>
    public IReadOnlyList<string[]> AllOf { get; }

    /// <summary>
    /// A literal as written in a pattern: its longest run without an apostrophe (which matches ' or ’), a stem
    /// wildcard * (any letters) or ё (which matches е too).
    /// </summary>
    public static RequiredLiterals Literal(string text)
    {
        var longest = text.Split('\'', '’', '*', 'ё', 'Ё').MaxBy(piece => piece.Length) ?? "";
        return longest.Length == 0 ? None : new([[longest]]);
    }

    /// <summary>Any one of <paramref name="strings"/> (for text given at run time, such as names).</summary>
    public static RequiredLiterals AnyOf(IEnumerable<string> strings)
    {
        string[] all = [.. strings.Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        return all.Length == 0 ? None : new([all]);
    }

    /// <summary>
    /// One of several choices: a match holds the strongest group of whichever choice it took, so the union of those
    /// groups is required. Nothing is required when some choice requires nothing.
    /// </summary>
    public static RequiredLiterals Choice(IReadOnlyList<RequiredLiterals> choices)
    {
        if (choices.Any(c => c.AllOf.Count == 0))
        {
            return None;
        }

        return AnyOf(choices.SelectMany(c => c.Strongest()));
    }

    /// <summary>Both this and <paramref name="other"/> (parts of one sequence).</summary>
    public RequiredLiterals And(RequiredLiterals other) =>
        other.AllOf.Count == 0 ? this
        : AllOf.Count == 0 ? other
        : new([.. AllOf, .. other.AllOf]);

    // The group least likely to occur by chance: the longest shortest string, then the fewest strings.
    private string[] Strongest() => AllOf.MaxBy(group => (group.Min(s => s.Length), -group.Length))!;
}
