using System.Globalization;
using System.Text;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>Open work of an incident that is past its date (the <c>Overdue</c> filter).</summary>
public enum OverdueWork
{
    Measures,
    CheckIns,
}

/// <summary>A filter value the list does not know, with the English message (a key of the list's resources) and the value typed.</summary>
public sealed record FilterProblem(string Message, string? Value = null);

/// <summary>The filters with their values read; <see cref="Problems"/> non-empty means the list shows nothing.</summary>
public sealed record CheckedIncidentFilter(
    Severity? Severity,
    char? Mistake,
    ClockState? Clock,
    ClockKind? ClockKind,
    OverdueWork? Overdue,
    RootCauseCategory? RootCause,
    DateOnly? From,
    DateOnly? To,
    string? Text,
    IReadOnlyList<FilterProblem> Problems);

/// <summary>Reads the typed filter values; an unknown one is a problem to show next to the form, never an error page.</summary>
public static class IncidentListFilterCheck
{
    public const int MaxYears = 10;
    public const int TextMaxLength = 200;

    public const string UnknownSeverity = "Severity \"{0}\" is unknown: the severities are Low, Medium, High and Critical.";
    public const string UnknownMistake = "Mistake \"{0}\" is unknown: the mistakes are A, B, C, D and E.";
    public const string UnknownClock = "Clock state \"{0}\" is unknown: choose Warning or Breached.";
    public const string UnknownClockKind = "Clock \"{0}\" is unknown.";
    public const string UnknownOverdue = "Overdue \"{0}\" is unknown: choose Measures or CheckIns.";
    public const string UnknownRootCause = "Root cause \"{0}\" is unknown.";
    public const string NotADate = "\"{0}\" is not a date: write dates as yyyy-MM-dd.";
    public const string StartsAfterEnd = "The period starts after it ends.";
    public const string TooLong = "The period is longer than 10 years: choose a shorter one.";
    public const string NoWords = "The search has no words to look for.";
    public const string NotUnderstood = "A filter has a value this list does not understand.";

    public static CheckedIncidentFilter Check(IncidentListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var problems = new List<FilterProblem>();
        var severity = Name<Severity>(filter.Severity, UnknownSeverity, problems);
        var clock = filter.Clock is null ? null
            : Name<ClockState>(filter.Clock, UnknownClock, problems) is { } state and (ClockState.Warning or ClockState.Breached) ? state
            : Unknown<ClockState>(filter.Clock, UnknownClock, problems);
        var clockKind = Name<ClockKind>(filter.ClockKind, UnknownClockKind, problems);
        var overdue = Name<OverdueWork>(filter.Overdue, UnknownOverdue, problems);
        var rootCause = Name<RootCauseCategory>(filter.RootCause, UnknownRootCause, problems);
        var mistake = Mistake(filter.Mistake, problems);
        var from = Date(filter.From, problems);
        var to = Date(filter.To, problems);
        if (from is { } start && to is { } end)
        {
            if (start > end)
            {
                problems.Add(new FilterProblem(StartsAfterEnd));
            }
            else if (end > start.AddYears(MaxYears))
            {
                problems.Add(new FilterProblem(TooLong));
            }
        }

        var text = SearchText(filter.Text);
        if (text is null && !string.IsNullOrEmpty(filter.Text) && filter.Text.Any(c => !char.IsWhiteSpace(c)))
        {
            problems.Add(new FilterProblem(NoWords));
        }

        return new CheckedIncidentFilter(severity, mistake, clock, clockKind, overdue, rootCause, from, to, text, problems);
    }

    /// <summary>
    /// The words to search for: control characters (PostgreSQL refuses NUL) and the highlight markers become spaces;
    /// null when nothing searchable is left.
    /// </summary>
    public static string? SearchText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = new StringBuilder(Math.Min(text.Length, TextMaxLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, TextMaxLength)))
        {
            cleaned.Append(char.IsControl(c) || char.IsSurrogate(c) || SearchHighlight.IsMarker(c) ? ' ' : c);
        }

        var result = cleaned.ToString().Trim();
        return result.Any(char.IsLetterOrDigit) ? result : null;
    }

    private static T? Name<T>(string? text, string message, List<FilterProblem> problems)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        // Names only: Enum.TryParse would also take numbers and "A, B" combinations.
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null ? Unknown<T>(text, message, problems) : Enum.Parse<T>(name);
    }

    private static T? Unknown<T>(string text, string message, List<FilterProblem> problems)
        where T : struct, Enum
    {
        problems.Add(new FilterProblem(message, Shorten(text)));
        return null;
    }

    private static char? Mistake(string? text, List<FilterProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Trim() is [var letter] && char.ToUpperInvariant(letter) is var upper and >= 'A' and <= 'E')
        {
            return upper;
        }

        problems.Add(new FilterProblem(UnknownMistake, Shorten(text)));
        return null;
    }

    private static DateOnly? Date(string? text, List<FilterProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new FilterProblem(NotADate, Shorten(text)));
        return null;
    }

    private static string Shorten(string text) =>
        new([.. (text.Length > 40 ? text[..40] + "…" : text).Select(c => char.IsControl(c) ? ' ' : c)]);
}
