namespace PromiseKeeper.Domain.Language;

/// <summary>
/// One match of blaming or denying wording in a checked text. <see cref="Start"/> and <see cref="Length"/>
/// index into the checked text (UTF-16 chars); <see cref="Phrase"/> is the matched text exactly as written;
/// <see cref="Explanation"/> says to the user why the wording hurts.
/// </summary>
public sealed record BlameFinding(BlameCategory Category, string Phrase, int Start, int Length, string Explanation)
{
    /// <summary>The index just after the phrase.</summary>
    public int End => Start + Length;
}
