namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// Which part of the period the dashboard reads from the per-day summary ("DashboardDays", whole UTC days) and which it
/// counts live (ADR 0027, "Speed"). A summary day is only usable when the whole day falls inside the period (midnights in
/// the reader's zone); a UTC day the period's first or last midnight cuts is counted live instead, as the part inside the
/// period. For a reader in UTC no limit cuts a day. A trend week or month that starts inside a UTC day does not cut it: the
/// trend counts such a day by its quarter hours (<see cref="TrendCutDays"/>); only a start off the quarter hours (no zone
/// today) cuts it. The age limits of the open incidents (the reader's today, 6 and 27 days before) cut no day either: the
/// open-incidents figure alone reads the UTC days they fall inside of (<see cref="AgeCutDays"/>) from the incidents
/// themselves, a few hundred open incidents each, and every other figure takes those days from the summary.
/// </summary>
/// <param name="FullFrom">The first UTC day the period touches.</param>
/// <param name="FullTo">The day after the last UTC day the period touches.</param>
/// <param name="CutDays">The days in [FullFrom, FullTo) that are counted live, in parts.</param>
/// <param name="PartStarts">The parts' starts (each part lies inside one cut day and one bucket of every figure).</param>
/// <param name="PartEnds">The parts' ends (exclusive).</param>
/// <param name="TrendCutDays">The days a trend week or month starts inside of, counted by quarter hours in the trend.</param>
/// <param name="AgeCutDays">The days an age limit falls inside of, whose open incidents are counted one by one.</param>
/// <param name="AgeStarts">For each of <see cref="AgeCutDays"/>, where its share of the period starts.</param>
/// <param name="AgeEnds">For each of <see cref="AgeCutDays"/>, where its share of the period ends (exclusive).</param>
public sealed record DashboardDayParts(
    DateOnly FullFrom,
    DateOnly FullTo,
    DateOnly[] CutDays,
    DateTimeOffset[] PartStarts,
    DateTimeOffset[] PartEnds,
    DateOnly[] TrendCutDays,
    DateOnly[] AgeCutDays,
    DateTimeOffset[] AgeStarts,
    DateTimeOffset[] AgeEnds)
{
    /// <param name="startOf">The instant a day of the reader's zone starts.</param>
    public static DashboardDayParts Of(DashboardScope scope, Func<DateOnly, DateTimeOffset> startOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(startOf);
        var from = scope.From.UtcDateTime;
        var to = scope.To.UtcDateTime;
        var limits = new List<DateTime> { from, to };

        var trendCuts = new List<DateOnly>();
        for (var day = scope.FirstDay.AddDays(1); day <= scope.LastDay; day = day.AddDays(1))
        {
            if (scope.ByWeek ? day.DayOfWeek == DayOfWeek.Monday : day.Day == 1)
            {
                var start = startOf(day).UtcDateTime;
                if (start.TimeOfDay.Ticks % TimeSpan.FromMinutes(15).Ticks != 0)
                {
                    limits.Add(start);
                }
                else if (start.TimeOfDay != TimeSpan.Zero)
                {
                    trendCuts.Add(DateOnly.FromDateTime(start));
                }
            }
        }

        DateTime[] inside = [.. limits.Where(l => l >= from && l <= to).Distinct().Order()];
        DateOnly[] cutDays = [.. inside.Where(l => l.TimeOfDay != TimeSpan.Zero).Select(DateOnly.FromDateTime).Distinct()];
        var starts = new List<DateTimeOffset>();
        var ends = new List<DateTimeOffset>();
        foreach (var cut in cutDays)
        {
            var dayStart = cut.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var start = dayStart < from ? from : dayStart;
            var end = dayStart.AddDays(1) > to ? to : dayStart.AddDays(1);
            DateTime[] points = [start, .. inside.Where(l => l > start && l < end), end];
            for (var p = 0; p + 1 < points.Length; p++)
            {
                starts.Add(new DateTimeOffset(points[p], TimeSpan.Zero));
                ends.Add(new DateTimeOffset(points[p + 1], TimeSpan.Zero));
            }
        }

        DateOnly[] ageCutDays =
        [
            .. new[] { scope.Today, scope.Today.AddDays(-6), scope.Today.AddDays(-27) }
                .Select(day => startOf(day).UtcDateTime)
                .Where(limit => limit > from && limit < to && limit.TimeOfDay != TimeSpan.Zero)
                .Select(DateOnly.FromDateTime).Distinct().Order(),
        ];
        var ageStarts = ageCutDays.Select(day => Later(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), from)).ToArray();
        var ageEnds = ageCutDays.Select(day => Earlier(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1), to)).ToArray();

        var fullTo = DateOnly.FromDateTime(to);
        return new DashboardDayParts(
            DateOnly.FromDateTime(from),
            to.TimeOfDay == TimeSpan.Zero ? fullTo : fullTo.AddDays(1),
            cutDays,
            [.. starts],
            [.. ends],
            [.. trendCuts],
            ageCutDays,
            ageStarts,
            ageEnds);
    }

    /// <summary>
    /// The UTC months that lie wholly in [<see cref="FullFrom"/>, <see cref="FullTo"/>) and hold no cut day: their split
    /// rows (by client, account manager, kind, promiser, root cause) come from the month summary ("DashboardMonths").
    /// </summary>
    public DateOnly[] FullMonths => [.. MonthsOf().Where(month => !CutDays.Any(day => day >= month && day < month.AddMonths(1)))];

    /// <summary>The ranges of days, [start, end), whose split rows come from the day summary: the period less its full months.</summary>
    public (DateOnly[] Starts, DateOnly[] Ends) SplitDayRanges
    {
        get
        {
            var starts = new List<DateOnly>();
            var ends = new List<DateOnly>();
            var from = FullFrom;
            foreach (var month in FullMonths)
            {
                if (from < month)
                {
                    starts.Add(from);
                    ends.Add(month);
                }

                from = month.AddMonths(1);
            }

            if (from < FullTo)
            {
                starts.Add(from);
                ends.Add(FullTo);
            }

            return ([.. starts], [.. ends]);
        }
    }

    private IEnumerable<DateOnly> MonthsOf()
    {
        var first = new DateOnly(FullFrom.Year, FullFrom.Month, 1);
        for (var month = first == FullFrom ? first : first.AddMonths(1); month.AddMonths(1) <= FullTo; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static DateTimeOffset Later(DateTime a, DateTime b) => new(a > b ? a : b, TimeSpan.Zero);

    private static DateTimeOffset Earlier(DateTime a, DateTime b) => new(a < b ? a : b, TimeSpan.Zero);
}
