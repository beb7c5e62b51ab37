namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The words for the values of an enumeration (a stage, a severity, a kind of incident …), from
/// <c>Texts/&lt;language&gt;/labels.txt</c> under <c>&lt;EnumName&gt;.&lt;Value&gt;</c>, in the current UI language.
/// </summary>
public static class Labels
{
    public const string File = "labels.txt";

    /// <summary>The label of <paramref name="value"/>, e.g. "Missed deadline" for <c>IncidentKind.MissedDeadline</c>.</summary>
    /// <exception cref="InvalidOperationException">When the file has no label for the value (a value added without its words).</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(typeof(TEnum).Name, value.ToString());

    /// <summary>The label stored under <c>&lt;group&gt;.&lt;name&gt;</c>, for words that are not an enumeration's value.</summary>
    /// <exception cref="InvalidOperationException">When the file has no such label.</exception>
    public static string Of(string group, string name) => TextCatalog.Get(File, $"{group}.{name}");

    /// <summary>
    /// A date written out in the current UI language and culture, as in "29 March 2026" (the pattern is the
    /// <c>format.long-date</c> label of the language).
    /// </summary>
    public static string LongDate(DateOnly date) =>
        date.ToString(Of("format", "long-date"), System.Globalization.CultureInfo.CurrentCulture);
}
