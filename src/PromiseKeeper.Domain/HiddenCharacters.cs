using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain;

/// <summary>
/// Characters a name must not hold: control characters (a NUL, a tab, a line break …) and the Unicode marks that
/// change the direction of the text around them (U+202A–U+202E, U+2066–U+2069), which can make a name look like
/// another one ("Acme" shown for "emcA" with a right-to-left override).
/// </summary>
public static class HiddenCharacters
{
    public static string Message => Messages.Of("name.hidden-characters");

    public static bool In(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069');

    /// <summary>Records <see cref="Message"/> for <paramref name="field"/> when the name holds one; true when it does not.</summary>
    public static bool RefuseInName(this RuleCheck check, string field, string? name)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!In(name))
        {
            return true;
        }

        check.Add(field, Message);
        return false;
    }
}
