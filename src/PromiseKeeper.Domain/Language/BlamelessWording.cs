namespace PromiseKeeper.Domain.Language;

/// <summary>
/// A blameless retro looks for what in the way we work let the promise break, not for a person to blame.
/// This finds where an internal text (the retro's root cause) names a colleague, by name or by role, as the cause.
/// </summary>
public static class BlamelessWording
{
    /// <summary>The phrases of <paramref name="text"/> that put the cause on a person; empty when there are none.</summary>
    public static IReadOnlyList<BlameFinding> PeopleNamedAsCause(string? text) =>
        [.. BlameLanguage.Check(text).Where(f => f.Category == BlameCategory.BlamesColleague)];
}
