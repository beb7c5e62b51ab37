using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Dashboard;
using PromiseKeeper.Web.Tests.Clients;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's month summary ("DashboardMonths", ADR 0027 "Months"): each month's split rows stay the sums of its days
/// through every rebuild, also when two refreshes rebuild days of one month at once; the dashboard reads a full month from
/// it, and a month with a queued day day by day; and which months of a period are full.
/// </summary>
public sealed class DashboardMonthsTests(WebAppFixture app) : DashboardTest(app)
{
    /// <summary>Month rows that differ from the sums of their days (or have no days, or days without a month).</summary>
    private const string MonthsOffTheirDaysSql = """
        WITH days AS (
            SELECT date_trunc('month', d."Day")::date AS "Month", d."TeamId", d."SplitKind", d."SplitValue", min(d."Label") AS "Label",
                   sum(d."Incidents")::int AS "Incidents", sum(d."Open")::int AS "Open", sum(d."MistakeA")::int AS "MistakeA",
                   sum(d."WithMistakes")::int AS "WithMistakes", sum(d."Told")::int AS "Told", sum(d."ToldFirst")::int AS "ToldFirst",
                   sum(d."Texts")::int AS "Texts", sum(d."RatioUnder10")::int AS "RatioUnder10"
            FROM "DashboardDays" d
            GROUP BY 1, 2, 3, 4
        ),
        tells AS (
            SELECT h."Month", h."TeamId", h."SplitKind", h."SplitValue", array_agg(h.v ORDER BY h.v) AS "Values", array_agg(h.c ORDER BY h.v) AS "Counts"
            FROM (SELECT date_trunc('month', d."Day")::date AS "Month", d."TeamId", d."SplitKind", d."SplitValue", v, count(*)::int AS c
                  FROM "DashboardDays" d CROSS JOIN LATERAL unnest(d."TellMinutes") AS v
                  GROUP BY 1, 2, 3, 4, 5) AS h
            GROUP BY 1, 2, 3, 4
        )
        SELECT count(*)::int AS "Value"
        FROM days d
        LEFT JOIN tells t ON t."Month" = d."Month" AND t."TeamId" = d."TeamId" AND t."SplitKind" = d."SplitKind" AND t."SplitValue" = d."SplitValue"
        FULL JOIN "DashboardMonths" m
            ON m."Month" = d."Month" AND m."TeamId" = d."TeamId" AND m."SplitKind" = d."SplitKind" AND m."SplitValue" = d."SplitValue"
        WHERE ROW(d."Label", d."Incidents", d."Open", d."MistakeA", d."WithMistakes", d."Told", d."ToldFirst", d."Texts", d."RatioUnder10", t."Values", t."Counts")
              IS DISTINCT FROM
              ROW(m."Label", m."Incidents", m."Open", m."MistakeA", m."WithMistakes", m."Told", m."ToldFirst", m."Texts", m."RatioUnder10", m."TellValues", m."TellCounts")
        """;

    [Fact]
    public async Task A_full_month_is_read_from_its_summary_and_while_one_of_its_days_is_queued_day_by_day()
    {
        var w = await KnownWorldAsync();
        // Old (14 October, Acme) is told late; a second October incident makes Acme a repeat client there.
        await App.AnIncident(w.Lead).Titled("October").ForClient("Acme").DiscoveredAt(App.Clock.Now.AddDays(-50)).SaveAsync();
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "IncidentFigures" SET "TimeToTellMinutes" = 240, "ToldFirst" = TRUE WHERE "IncidentId" = {w.Old.Id}"""));
        using var http = await App.CreateSignedInClientAsync(w.Head);
        const string Path = "/Dashboard?Period=90&Split=Client";
        var live = await PageAsync(http, Path);

        await App.RefreshDashboardDaysAsync();
        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(2, await MonthIncidentsAsync(new DateOnly(2026, 10, 1), "client"));
        Assert.Equal(live, await PageAsync(http, Path));

        // Old moves to Globex: its day is queued and October's month row is stale, so the page reads October day by day.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Incidents" SET "ClientId" = (SELECT "Id" FROM "Clients" WHERE "Name" = 'Globex') WHERE "Id" = {w.Old.Id}"""));
        var changed = await PageAsync(http, Path);
        Assert.NotEqual(live, changed);

        Assert.Equal(1, await App.RefreshDashboardDaysAsync());
        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(changed, await PageAsync(http, Path));
    }

    [Fact]
    public async Task The_percentiles_of_time_to_tell_count_a_month_s_histogram_value_as_often_as_it_happened()
    {
        var w = await KnownWorldAsync();
        // Two October incidents of team one told in 240 minutes: October's histogram holds 240 twice.
        var second = await App.AnIncident(w.Lead).Titled("October").ForClient("Acme").DiscoveredAt(App.Clock.Now.AddDays(-50)).SaveAsync();
        await App.AddFiguresAsync(second.Id, PromiseKeeper.Domain.Incidents.Severity.Low);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "IncidentFigures" SET "TimeToTellMinutes" = 240 WHERE "IncidentId" IN ({w.Old.Id}, {second.Id})"""));
        await App.RefreshDashboardDaysAsync();
        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        var october = await App.WithDbAsync(db => db.Database.SqlQuery<Histogram>($"""
            SELECT "TellValues" AS "Values", "TellCounts" AS "Counts" FROM "DashboardMonths"
            WHERE "Month" = {new DateOnly(2026, 10, 1)} AND "SplitKind" = 'none' AND "TeamId" = {w.TeamOne}
            """).SingleAsync());
        Assert.Equal([240], october.Values);
        Assert.Equal([2], october.Counts);

        // Over 90 days: 60 (One), 180 (Two), 600 (Three) and 240 twice. Sorted 60, 180, 240, 240, 600: the median is the
        // third, 240; the 90th percentile lies 0.6 of the way from the fourth to the fifth, 240 + 0.6 × 360 = 456.
        var figures = await FiguresAsync("UTC", 90, DashboardSplit.Team);
        Assert.Equal((240, 456), (figures.Totals.Value("tell50"), figures.Totals.Value("tell90")));
        var teamOne = figures.Splits.Single(s => s.Value == w.TeamOne.ToString(System.Globalization.CultureInfo.InvariantCulture)).Totals;
        Assert.Equal((240, 456), (teamOne.Value("tell50"), teamOne.Value("tell90")));
        var teamTwo = figures.Splits.Single(s => s.Value == w.TeamTwo.ToString(System.Globalization.CultureInfo.InvariantCulture)).Totals;
        Assert.Null(teamTwo.Value("tell50"));

        // Acme's (month rows per client): 60, 180, 240, 240; the median halfway between the second and third, 210.
        var acme = (await FiguresAsync("UTC", 90, DashboardSplit.Client)).Splits.Single(s => s.Name == "Acme").Totals;
        Assert.Equal((210, 240), (acme.Value("tell50"), acme.Value("tell90")));

        // The same with October counted day by day (one of its days queued).
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "PromisedBy" = 'Kim' WHERE "Id" = {second.Id}"""));
        var queued = await FiguresAsync("UTC", 90, DashboardSplit.Team);
        Assert.Equal((240, 456), (queued.Totals.Value("tell50"), queued.Totals.Value("tell90")));
    }

    [Fact]
    public async Task Two_refreshes_rebuilding_days_of_the_same_month_at_once_both_count_in_the_month()
    {
        var w = await KnownWorldAsync();
        var second = await App.AnIncident(w.Lead).Titled("October").ForClient("Acme").DiscoveredAt(App.Clock.Now.AddDays(-50)).SaveAsync();
        await App.RefreshDashboardDaysAsync();
        // Both October days change: two queued days of one month and team.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Incidents" SET "Kind" = 'ClientMistake' WHERE "Id" IN ({w.Old.Id}, {second.Id})"""));

        // One instance claims a day and rebuilds it, its month included, and has not committed yet, while the other
        // rebuilds the other day and waits for the first's lock on the month.
        Assert.Equal(1, await App.WhileHeldAsync<DashboardDaysRefresh.DayOfTeam>(
            DashboardDaysRefresh.ClaimSql,
            [DashboardDaysRefresh.DeleteRowsSql, DashboardDaysRefresh.InsertRowsSql, DashboardMonthsSql.LockMonthsSql,
             DashboardMonthsSql.DeleteMonthsSql, DashboardMonthsSql.InsertMonthsSql, DashboardDaysRefresh.DeleteChecksSql],
            claimed =>
            [
                new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = new[] { claimed.Day } },
                new NpgsqlParameter("teams", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = new[] { claimed.TeamId } },
            ],
            App.RefreshDashboardDaysAsync,
            async () => await WaitingForTheMonthAsync() > 0));

        Assert.Equal(0, await MonthsOffTheirDaysAsync());
        Assert.Equal(2, await App.WithDbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT "Incidents" AS "Value" FROM "DashboardMonths"
            WHERE "Month" = {new DateOnly(2026, 10, 1)} AND "SplitKind" = 'kind' AND "SplitValue" = 'ClientMistake'
            """).SingleAsync()));
    }

    [Fact]
    public void The_full_months_are_those_wholly_in_the_period_without_a_cut_day_and_the_rest_is_read_by_day()
    {
        static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        static DateTimeOffset Kolkata(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5.5));
        var today = new DateOnly(2026, 11, 23);
        var utc = new DashboardScope(today.AddDays(-89), today, Utc(today.AddDays(-89)), Utc(today.AddDays(1)), today, "UTC", null, true, DashboardSplit.None);

        // 26 August to 23 November: September and October are full.
        var parts = DashboardDayParts.Of(utc, Utc);
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)], parts.FullMonths);
        Assert.Equal([new DateOnly(2026, 8, 26), new DateOnly(2026, 11, 1)], parts.SplitDayRanges.Starts);
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 24)], parts.SplitDayRanges.Ends);

        // A period from the first of a month takes that month whole; in Kolkata its first UTC day (31 August, from 18:30)
        // is cut, which leaves September whole.
        var september = utc with { FirstDay = new DateOnly(2026, 9, 1), From = Utc(new DateOnly(2026, 9, 1)) };
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)], DashboardDayParts.Of(september, Utc).FullMonths);
        var kolkata = september with { From = Kolkata(new DateOnly(2026, 9, 1)), To = Kolkata(today.AddDays(1)), TimeZoneId = "Asia/Kolkata" };
        var cut = DashboardDayParts.Of(kolkata, Kolkata);
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)], cut.FullMonths);
        Assert.Equal([new DateOnly(2026, 8, 31), new DateOnly(2026, 11, 1)], cut.SplitDayRanges.Starts);

        // A period inside one month has no full month: every day is read by day.
        var short30 = utc with { FirstDay = new DateOnly(2026, 11, 2), From = Utc(new DateOnly(2026, 11, 2)) };
        var inside = DashboardDayParts.Of(short30, Utc);
        Assert.Empty(inside.FullMonths);
        Assert.Equal([new DateOnly(2026, 11, 2)], inside.SplitDayRanges.Starts);
        Assert.Equal([new DateOnly(2026, 11, 24)], inside.SplitDayRanges.Ends);
    }

    private Task<int> MonthsOffTheirDaysAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>(MonthsOffTheirDaysSql).SingleAsync());

    private Task<int> MonthIncidentsAsync(DateOnly month, string splitKind) =>
        App.WithDbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT COALESCE(sum("Incidents"), 0)::int AS "Value" FROM "DashboardMonths" WHERE "Month" = {month} AND "SplitKind" = {splitKind}
            """).SingleAsync());

    private Task<int> WaitingForTheMonthAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'
            """).SingleAsync());

    private sealed class Histogram
    {
        public int[] Values { get; init; } = [];

        public int[] Counts { get; init; } = [];
    }
}
