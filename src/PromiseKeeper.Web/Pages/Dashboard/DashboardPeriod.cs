using System.Globalization;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// The period the reader asked for: the last 30, 90 or 365 days (today included) or their own first and last day, in their
/// time zone. A bad choice gives a message for people (English; the page translates it), never an error page.
/// </summary>
public static class DashboardPeriod
{
    public const string Custom = "custom";
    public const int DefaultDays = 30;
    public static readonly IReadOnlyList<int> Choices = [30, 90, 365];

    /// <summary>The earliest year a period may start in; a later one ends at the latest a year from today.</summary>
    public const int FirstYear = 2000;

    public const int MostDays = 3660;

    public const string DatesUnreadable = "Enter both the first and the last day as year-month-day, for example 2026-01-31.";
    public const string Inverted = "The first day is after the last day. Swap them, or pick another period.";
    public const string Absurd = "Choose a period between the year 2000 and a year from today, at most ten years long.";
    public const string UnknownChoice = "Choose the last 30, 90 or 365 days, or your own first and last day.";

    /// <summary>The first and last day (inclusive), or the message that says what is wrong.</summary>
    public static (DateOnly First, DateOnly Last)? Read(string? period, string? from, string? to, DateOnly today, out string? problem)
    {
        problem = null;
        var custom = period == Custom || !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if (!custom)
        {
            if (string.IsNullOrWhiteSpace(period))
            {
                return (today.AddDays(1 - DefaultDays), today);
            }

            if (int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Choices.Contains(days))
            {
                return (today.AddDays(1 - days), today);
            }

            problem = UnknownChoice;
            return null;
        }

        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            problem = DatesUnreadable;
            return null;
        }

        if (first > last)
        {
            problem = Inverted;
            return null;
        }

        if (first.Year < FirstYear || last > today.AddYears(1) || last.DayNumber - first.DayNumber + 1 > MostDays)
        {
            problem = Absurd;
            return null;
        }

        return (first, last);
    }

    /// <summary>A date as the list's filters and the date inputs write it.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
