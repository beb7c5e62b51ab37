namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// Which part of the period the dashboard reads from the per-day summary ("DashboardDays", whole UTC days) and which it
/// counts live (ADR 0027, "Speed"). A summary day is only usable when the whole day falls into one bucket of every figure:
/// inside the period and on one side of each age limit (the reader's today, 6 and 27 days before), midnights in the
/// reader's zone. A UTC day that such a limit cuts is counted live instead, in parts between the limits; for a reader in
/// UTC no limit cuts a day. A trend week or month that starts inside a UTC day does not cut it: the trend counts such a
/// day by its quarter hours (<see cref="TrendCutDays"/>); only a start off the quarter hours (no zone today) cuts it.
/// </summary>
/// <param name="FullFrom">The first UTC day the period touches.</param>
/// <param name="FullTo">The day after the last UTC day the period touches.</param>
/// <param name="CutDays">The days in [FullFrom, FullTo) that are counted live, in parts.</param>
/// <param name="PartStarts">The parts' starts (each part lies inside one cut day and one bucket of every figure).</param>
/// <param name="PartEnds">The parts' ends (exclusive).</param>
/// <param name="TrendCutDays">The days a trend week or month starts inside of, counted by quarter hours in the trend.</param>
public sealed record DashboardDayParts(
    DateOnly FullFrom, DateOnly FullTo, DateOnly[] CutDays, DateTimeOffset[] PartStarts, DateTimeOffset[] PartEnds, DateOnly[] TrendCutDays)
{
    /// <param name="startOf">The instant a day of the reader's zone starts.</param>
    public static DashboardDayParts Of(DashboardScope scope, Func<DateOnly, DateTimeOffset> startOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(startOf);
        var from = scope.From.UtcDateTime;
        var to = scope.To.UtcDateTime;
        var limits = new List<DateTime> { from, to };
        foreach (var day in new[] { scope.Today, scope.Today.AddDays(-6), scope.Today.AddDays(-27) })
        {
            limits.Add(startOf(day).UtcDateTime);
        }

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

        var fullTo = DateOnly.FromDateTime(to);
        return new DashboardDayParts(
            DateOnly.FromDateTime(from),
            to.TimeOfDay == TimeSpan.Zero ? fullTo : fullTo.AddDays(1),
            cutDays,
            [.. starts],
            [.. ends],
            [.. trendCuts]);
    }
}
