namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>What the dashboard rows are split by (a row per value).</summary>
public enum DashboardSplit
{
    None,
    Team,
    AccountManager,
    Client,
    Kind,
}

/// <summary>
/// The incidents the dashboard counts: discovered in [<see cref="From"/>, <see cref="To"/>) (the period's first and last days in
/// the reader's zone), in one team or, for a head of customer success, every team.
/// </summary>
/// <param name="FirstDay">The period's first day in the reader's zone (the list's <c>From</c>).</param>
/// <param name="LastDay">The period's last day, inclusive (the list's <c>To</c>).</param>
/// <param name="Today">Today in the reader's zone: ages and overdue measures count from it.</param>
/// <param name="AllTeams">Every team may be picked (a head of customer success); the statement also lists the teams.</param>
public sealed record DashboardScope(
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset From,
    DateTimeOffset To,
    DateOnly Today,
    string TimeZoneId,
    int? TeamId,
    bool AllTeams,
    DashboardSplit Split)
{
    /// <summary>Up to 90 days the trends are per week, longer per month.</summary>
    public const int WeeklyUpToDays = 90;

    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    public bool ByWeek => Days <= WeeklyUpToDays;
}
