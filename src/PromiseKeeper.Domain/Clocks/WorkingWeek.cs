using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// The days a team works and its working hours on each of them, as wall-clock times in the team's zone.
/// Hours do not cross midnight; a working day lasts from <see cref="Start"/> to <see cref="End"/> on the wall clock.
/// </summary>
public sealed record WorkingWeek
{
    public static readonly TimeOnly DefaultStart = new(9, 0);
    public static readonly TimeOnly DefaultEnd = new(17, 0);

    public static IReadOnlyList<DayOfWeek> DefaultDays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static WorkingWeek Default { get; } = new(DefaultDays, DefaultStart, DefaultEnd);

    private WorkingWeek(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        Days = days.Distinct().Order().ToList();
        Start = start;
        End = end;
    }

    /// <summary>The working days, Sunday first (the order of <see cref="DayOfWeek"/>).</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    /// <summary>How long one working day lasts on the wall clock (e.g. 8 hours for 09:00-17:00).</summary>
    public TimeSpan DayLength => End - Start;

    public bool IsWorkingDay(DayOfWeek day) => Days.Contains(day);

    /// <summary>A week with these days and hours; the fields are named as on the team's clock settings.</summary>
    /// <exception cref="DomainException">No working day, an unknown day, or hours that end before they start.</exception>
    public static WorkingWeek Of(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(days);
        var check = new RuleCheck();
        var list = days.ToList();
        Check(check, list, start, end);
        check.ThrowIfAny();
        return new WorkingWeek(list, start, end);
    }

    /// <summary>Records in <paramref name="check"/> what is wrong with these days and hours.</summary>
    internal static void Check(RuleCheck check, IReadOnlyCollection<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        if (days.Count == 0 || days.Any(d => !Enum.IsDefined(d)))
        {
            check.Add(ClockFields.WorkingDays, Messages.Of("clock.no-working-days"));
        }

        if (end <= start)
        {
            check.Add(ClockFields.WorkEnds, Messages.Of("clock.hours-order"));
        }
    }
}
