namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// The parts of <see cref="DashboardSql"/>'s statement that read the summaries (ADR 0027, "Speed" and "Months"): the
/// <c>d</c> rows every figure is made of, and the percentiles of time to tell from the month rows' histograms and the
/// day rows' values.
/// </summary>
public static class DashboardSummaryRowsSql
{
    /// <summary>
    /// The CTEs <c>d</c> and <c>none_months</c>. <c>d</c> has the day summary's columns, the instant the row's day or month
    /// starts ("At"), its time to tell as a histogram's counts when the row is a month's ("TellCounts"; null: each value
    /// once), and "TellsInMonth": a 'none' day row of a full month whose time to tell the month's row (in
    /// <c>none_months</c>) gives instead. <paramref name="teamOf"/> gives the reader's team filter on an alias ('' for every team).
    /// The array parameters are cast where nothing else types them: the bench's baseline replays the statement with
    /// untyped parameters.
    /// </summary>
    public static string Rows(Func<string, string> teamOf)
    {
        ArgumentNullException.ThrowIfNull(teamOf);
        return $"""
            d AS (
                -- The 'none' rows of every summarised day.
                SELECT {DayColumns("x")}, x."Day"::timestamp AT TIME ZONE 'UTC' AS "At", NULL::integer[] AS "TellCounts",
                       date_trunc('month', x."Day")::date = ANY(@months) AND NOT {MonthQueued("x", "date_trunc('month', x.\"Day\")::date")} AS "TellsInMonth"
                FROM "DashboardDays" x
                WHERE x."SplitKind" = 'none' AND x."Day" >= @fullFrom AND x."Day" < @fullTo AND NOT (x."Day" = ANY(@cutDays)) {teamOf("x")}
                  AND NOT EXISTS (SELECT 1 FROM "DashboardDayChecks" c WHERE c."Day" = x."Day" AND c."TeamId" = x."TeamId")
                UNION ALL
                -- The split rows of the days outside the full months (OFFSET 0: an index range per range of days; a join read the whole table).
                SELECT {DayColumns("x")}, x."Day"::timestamp AT TIME ZONE 'UTC', NULL, FALSE
                FROM unnest(@dayStarts::date[], @dayEnds::date[]) AS p("Start", "End")
                CROSS JOIN LATERAL (
                    SELECT * FROM "DashboardDays" x
                    WHERE x."SplitKind" = ANY(@splitKinds) AND x."Day" >= p."Start" AND x."Day" < p."End" {teamOf("x")}
                    OFFSET 0) AS x
                WHERE NOT (x."Day" = ANY(@cutDays))
                  AND NOT EXISTS (SELECT 1 FROM "DashboardDayChecks" c WHERE c."Day" = x."Day" AND c."TeamId" = x."TeamId")
                UNION ALL
                -- The split rows of the full months from the month summary, unless one of the month's days is queued ...
                SELECT {MonthColumns("m")}, m."Month"::timestamp AT TIME ZONE 'UTC', m."TellCounts", FALSE
                FROM "DashboardMonths" m
                WHERE m."SplitKind" = ANY(@splitKinds) AND m."Month" = ANY(@months) {teamOf("m")} AND NOT {MonthQueued("m", "m.\"Month\"")}
                UNION ALL
                -- ... then its other days from the day summary (OFFSET 0: a loop over the few queued months, each an index range).
                SELECT {DayColumns("x")}, x."Day"::timestamp AT TIME ZONE 'UTC', NULL, FALSE
                FROM (SELECT DISTINCT date_trunc('month', c."Day")::date AS "Month", c."TeamId" FROM "DashboardDayChecks" c
                      WHERE date_trunc('month', c."Day")::date = ANY(@months) {teamOf("c")}) AS q
                CROSS JOIN LATERAL (
                    SELECT * FROM "DashboardDays" x
                    WHERE x."SplitKind" = ANY(@splitKinds) AND x."TeamId" = q."TeamId"
                      AND x."Day" >= q."Month" AND x."Day" < (q."Month" + interval '1 month')::date
                    OFFSET 0) AS x
                WHERE NOT EXISTS (SELECT 1 FROM "DashboardDayChecks" c WHERE c."Day" = x."Day" AND c."TeamId" = x."TeamId")
                UNION ALL
                -- The queued days, live.
                SELECT {DayColumns("r")}, c."Day"::timestamp AT TIME ZONE 'UTC', NULL, FALSE
                FROM "DashboardDayChecks" c
                CROSS JOIN LATERAL dashboard_rows(c."Day"::timestamp AT TIME ZONE 'UTC', (c."Day" + 1)::timestamp AT TIME ZONE 'UTC', c."TeamId") AS r
                WHERE c."Day" >= @fullFrom AND c."Day" < @fullTo AND NOT (c."Day" = ANY(@cutDays)) {teamOf("c")} AND r."SplitKind" = ANY(@kinds)
                UNION ALL
                -- The parts of the cut days inside the period, live.
                SELECT {DayColumns("r")}, p."Start", NULL, FALSE
                FROM unnest(@partStarts::timestamptz[], @partEnds::timestamptz[]) AS p("Start", "End")
                CROSS JOIN LATERAL dashboard_rows(p."Start", p."End", @team) AS r
                WHERE r."SplitKind" = ANY(@kinds)
            ),
            none_months AS (
                SELECT m."TeamId", m."TellValues", m."TellCounts"
                FROM "DashboardMonths" m
                WHERE m."SplitKind" = 'none' AND m."Month" = ANY(@months) {teamOf("m")} AND NOT {MonthQueued("m", "m.\"Month\"")}
            )
            """;
    }

    /// <summary>
    /// The CTEs <c>tell_values</c>, <c>tell_ranks</c> and <c>tells</c>: the median and 90th percentile of time to tell for
    /// the whole scope ("Split" null) and per split value, with <c>percentile_cont</c>'s definition (the values at the
    /// 0-based positions floor and ceiling of p·(n − 1), interpolated): for the whole scope and per team over the
    /// histogram of the values, per client, account manager or kind by sorting them.
    /// </summary>
    /// <param name="splitKey">The split value of a <c>d</c> row (alias <c>d</c>).</param>
    public static string Tells(DashboardSplit split, string splitKind, string splitKey)
    {
        const string Whole = """
            SELECT {0}, m.v, COALESCE(m.c, 1) AS c
            FROM d CROSS JOIN LATERAL unnest(d."TellMinutes", d."TellCounts") AS m(v, c) WHERE d."SplitKind" = 'none' AND NOT d."TellsInMonth"
            UNION ALL
            SELECT {0}, m.v, m.c FROM none_months d CROSS JOIN LATERAL unnest(d."TellValues", d."TellCounts") AS m(v, c)
            """;
        var teams = split == DashboardSplit.Team
            ? "UNION ALL " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Whole, splitKey)
            : string.Empty;
        // A client's, account manager's or kind's values are mostly distinct even within a month: sorting them per split
        // is cheaper than ranking a histogram. Gathered per split first (hashed), each split's values are sorted once for
        // both percentiles; grouping the values by split with percentile_cont sorted all of them by split first (on disk
        // for a year by client) and each split's again.
        var bySplit = split is DashboardSplit.None or DashboardSplit.Team
            ? string.Empty
            : $"""
                UNION ALL
                SELECT s."Split", p.at[1], p.at[2]
                FROM (SELECT {splitKey} AS "Split", array_agg(m.v) AS vals
                      FROM d CROSS JOIN LATERAL unnest(d."TellMinutes", d."TellCounts") AS m(v, c)
                      CROSS JOIN LATERAL generate_series(1, COALESCE(m.c, 1)) AS times(n)
                      WHERE d."SplitKind" = '{splitKind}'
                      GROUP BY 1) AS s
                CROSS JOIN LATERAL (SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY v.x) AS at FROM unnest(s.vals) AS v(x)) AS p
                """;
        return $"""
            tell_values AS (
                {string.Format(System.Globalization.CultureInfo.InvariantCulture, Whole, "NULL::text AS \"Split\"")}
                {teams}
            ),
            tell_ranks AS (
                SELECT h."Split", h.v, (sum(h.c) OVER (PARTITION BY h."Split" ORDER BY h.v))::float8 AS upto,
                       (sum(h.c) OVER (PARTITION BY h."Split"))::float8 AS n
                FROM (SELECT t."Split", t.v, sum(t.c) AS c FROM tell_values t GROUP BY 1, 2) AS h
            ),
            tells AS (
                SELECT r."Split", {Percentile("0.5")} AS "tell50", {Percentile("0.9")} AS "tell90" FROM tell_ranks r GROUP BY r."Split"
                {bySplit}
            )
            """;
    }

    // The value at 0-based position floor(p·(n − 1)) plus the fraction of the way to the one at its ceiling.
    private static string Percentile(string p)
    {
        var at = $"{p}::float8 * (r.n - 1)";
        var low = $"min(r.v) FILTER (WHERE r.upto > floor({at}))";
        var high = $"min(r.v) FILTER (WHERE r.upto > ceil({at}))";
        return $"({low}::float8 + ({p}::float8 * (max(r.n) - 1) - floor({p}::float8 * (max(r.n) - 1))) * ({high} - {low}))";
    }

    // Whether one of the month's days is queued for the row's team (the month's row may then be stale).
    private static string MonthQueued(string alias, string month) => $"""
        EXISTS (SELECT 1 FROM "DashboardDayChecks" c
                WHERE c."TeamId" = {alias}."TeamId" AND c."Day" >= {month} AND c."Day" < ({month} + interval '1 month')::date)
        """;

    // The summary's columns but the day (the union's rows carry their instant, "At", instead).
    private static string DayColumns(string alias) =>
        string.Join(", ", Figures.DashboardDaysSql.ColumnNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => $"{alias}.{c}"));

    // The month summary's columns in the day summary's order: its histogram's values for the time to tell, NULL for a
    // column only days have.
    private static string MonthColumns(string alias) =>
        string.Join(", ", Figures.DashboardDaysSql.Columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(column => column.Split(' ', 2))
            .Select(c => c[0] == "\"TellMinutes\"" ? $"{alias}.\"TellValues\""
                : Figures.DashboardMonthsSql.KeptColumns.Contains(c[0].Trim('"')) ? $"{alias}.{c[0]}" : $"NULL::{c[1]}"));
}
