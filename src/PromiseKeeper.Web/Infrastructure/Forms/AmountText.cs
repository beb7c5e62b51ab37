using System.Globalization;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Reads an amount as people type it in any of the app's languages: "1500.50", "1500,50", "1 500,50", "1.500,50",
/// "1,500.50". With both separators, the last one is the decimal point. With one separator written once before
/// exactly three digits, the reader's culture decides ("1.500" is 1500 in Slovenian, 1.5 in English and Russian);
/// otherwise a single separator is the decimal point, and one repeated is a thousands separator.
/// </summary>
public static class AmountText
{
    private static readonly char[] Separators = [',', '.'];

    public static bool TryParse(string? text, CultureInfo culture, out decimal amount)
    {
        ArgumentNullException.ThrowIfNull(culture);
        amount = 0;
        var compact = new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\'').ToArray());
        if (compact.Length == 0)
        {
            return false;
        }

        var normalized = Normalize(compact, culture);
        return normalized is not null
            && decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>The amount with "." as its only separator, or null when the separators make no sense.</summary>
    private static string? Normalize(string text, CultureInfo culture)
    {
        var last = text.LastIndexOfAny(Separators);
        if (last < 0)
        {
            return text;
        }

        var decimalMark = text[last];
        var groupMark = decimalMark == ',' ? '.' : ',';
        var head = text[..last];
        var tail = text[(last + 1)..];
        if (head.Contains(groupMark, StringComparison.Ordinal))
        {
            // Both marks: the earlier kind groups thousands.
            return head.Contains(decimalMark, StringComparison.Ordinal) || !GroupsOfThree(head, groupMark) ? null : $"{head.Replace(groupMark.ToString(), string.Empty, StringComparison.Ordinal)}.{tail}";
        }

        if (head.Contains(decimalMark, StringComparison.Ordinal))
        {
            // One mark, repeated: thousands.
            return GroupsOfThree(text, decimalMark) ? text.Replace(decimalMark.ToString(), string.Empty, StringComparison.Ordinal) : null;
        }

        var readsAsThousands = tail.Length == 3 && culture.NumberFormat.NumberGroupSeparator == decimalMark.ToString();
        return readsAsThousands ? head + tail : $"{head}.{tail}";
    }

    /// <summary>True when every group after the first has exactly three digits, as thousands separators write them.</summary>
    private static bool GroupsOfThree(string text, char mark)
    {
        var groups = text.Split(mark);
        return groups[0].TrimStart('-', '+').Length is > 0 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
