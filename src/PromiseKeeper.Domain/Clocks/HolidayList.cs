using System.Globalization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>A team's holidays as typed: one date per line, yyyy-MM-dd; blank lines are ignored.</summary>
public static class HolidayList
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Holidays are a list a person keeps, not a data dump.</summary>
    public const int MaxDates = 400;

    /// <summary>The dates, in order, without repeats; every bad line is recorded in <paramref name="check"/> by its number and text.</summary>
    public static IReadOnlyList<DateOnly> Parse(string? text, RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var dates = new SortedSet<DateOnly>();
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (DateOnly.TryParseExact(line, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                check.Add(ClockFields.Holidays, Messages.Of("clock.holiday-bad-line", ("Line", i + 1), ("Text", Shortened(line))));
            }
        }

        if (dates.Count > MaxDates)
        {
            check.Add(ClockFields.Holidays, Messages.Of("clock.holidays-too-many", ("Max", MaxDates)));
        }

        return [.. dates];
    }

    /// <summary>The dates as the form shows them: one per line, in order.</summary>
    public static string Format(IEnumerable<DateOnly> dates) =>
        string.Join("\n", dates.Order().Select(d => d.ToString(DateFormat, CultureInfo.InvariantCulture)));

    private static string Shortened(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
