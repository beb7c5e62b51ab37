namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL of the DashboardMonths migration (ADR 0027, "Months"): the per-day summary's rows added up per UTC month, so a
/// year of the dashboard reads about 12 rows per team and split value instead of 365 (a year of every team read ~49,500
/// day rows, ~36,000 of them per client). Only the counts and the time to tell are kept, the latter as a histogram (each
/// distinct minute once, with how many incidents took it: a year of every team's ~166,000 values are ~36,000 pairs), from
/// which the dashboard takes its percentiles. What the 'none' rows carry beyond that (open incidents by age, the trend,
/// clocks, measures) depends on the day, and the dashboard reads it from the days (one row per team and day); their
/// month rows serve the whole team's time to tell. <see cref="DashboardDaysRefresh"/> rebuilds a
/// month from its days in the transaction that rebuilds one of them, holding a lock on the (month, team), so two instances
/// rebuilding days of one month wait for each other and the later one reads the earlier one's days.
/// </summary>
public static class DashboardMonthsSql
{
    /// <summary>The columns a month row has of <see cref="DashboardDaysSql.Columns"/> (its time to tell is a histogram instead); the others are the day's only.</summary>
    public static readonly string[] KeptColumns =
    [
        "TeamId", "SplitKind", "SplitValue", "Label", "Incidents", "Computed", "Open",
        "MistakeA", "MistakeB", "MistakeC", "MistakeD", "MistakeE", "WithMistakes", "Told", "ToldFirst", "Blame", "Texts",
        "RatioUnder10", "Ratio10To4", "Ratio4To1", "RatioOver1", "RatioUnknown",
    ];

    // The counts a month sums from its days.
    private static readonly string[] Counts = [.. KeptColumns.Where(c => c is not ("TeamId" or "SplitKind" or "SplitValue" or "Label"))];

    public static readonly string CreateTable = $"""
        CREATE TABLE "DashboardMonths" (
            "Month" date NOT NULL,
            "TeamId" integer NOT NULL, "SplitKind" text NOT NULL, "SplitValue" text NOT NULL, "Label" text,
            {string.Join(", ", Counts.Select(c => $"\"{c}\" integer NOT NULL"))},
            "TellValues" integer[], "TellCounts" integer[],
            CONSTRAINT "PK_DashboardMonths" PRIMARY KEY ("SplitKind", "TeamId", "Month", "SplitValue")
        );
        """;

    /// <summary>
    /// Takes a transaction lock on each (month, team) of the claimed days, in one order (no two refreshes deadlock), so a
    /// later statement of the transaction sees the days another refresh of the same month committed while this one waited.
    /// </summary>
    public const string LockMonthsSql = """
        SELECT count(pg_advisory_xact_lock(hashtext('DashboardMonths:' || k."TeamId"), k."MonthIndex"))
        FROM (SELECT DISTINCT k."TeamId", (extract(year FROM k."Day") * 12 + extract(month FROM k."Day"))::int AS "MonthIndex"
              FROM unnest(@days, @teams) AS k("Day", "TeamId")
              ORDER BY 1, 2) AS k
        """;

    public const string DeleteMonthsSql = """
        DELETE FROM "DashboardMonths" m
        USING (SELECT DISTINCT date_trunc('month', k."Day")::date AS "Month", k."TeamId" FROM unnest(@days, @teams) AS k("Day", "TeamId")) AS k
        WHERE m."Month" = k."Month" AND m."TeamId" = k."TeamId"
        """;

    /// <summary>Rebuilds the months of the claimed days from their days.</summary>
    public static readonly string InsertMonthsSql = InsertMonths(
        """SELECT DISTINCT date_trunc('month', k."Day")::date AS "Month", k."TeamId" FROM unnest(@days, @teams) AS k("Day", "TeamId")""");

    /// <summary>Every month of the days the summary holds at the time of the migration.</summary>
    public static readonly string Backfill = InsertMonths(
        """SELECT DISTINCT date_trunc('month', d."Day")::date AS "Month", d."TeamId" FROM "DashboardDays" d""");

    public const string Drop = """DROP TABLE IF EXISTS "DashboardMonths";""";

    /// <summary>The split rows of the (month, team) pairs <paramref name="months"/> selects, summed from their days.</summary>
    private static string InsertMonths(string months) => $"""
        WITH k AS ({months}),
        d AS (
            SELECT k."Month", x.*
            FROM k JOIN "DashboardDays" x ON x."SplitKind" = ANY(ARRAY['none', 'owner', 'client', 'kind', 'promiser', 'rootcause'])
                AND x."TeamId" = k."TeamId" AND x."Day" >= k."Month" AND x."Day" < (k."Month" + interval '1 month')::date
        ),
        tells AS (
            SELECT h."Month", h."TeamId", h."SplitKind", h."SplitValue",
                   array_agg(h.v ORDER BY h.v) AS "TellValues", array_agg(h.c ORDER BY h.v) AS "TellCounts"
            FROM (SELECT d."Month", d."TeamId", d."SplitKind", d."SplitValue", t.v, count(*)::int AS c
                  FROM d CROSS JOIN LATERAL unnest(d."TellMinutes") AS t(v)
                  GROUP BY 1, 2, 3, 4, 5) AS h
            GROUP BY 1, 2, 3, 4
        )
        INSERT INTO "DashboardMonths" ("Month", "TeamId", "SplitKind", "SplitValue", "Label", {string.Join(", ", Counts.Select(c => $"\"{c}\""))},
            "TellValues", "TellCounts")
        SELECT d."Month", d."TeamId", d."SplitKind", d."SplitValue", min(d."Label"),
               {string.Join(", ", Counts.Select(c => $"sum(d.\"{c}\")::int"))},
               min(t."TellValues"), min(t."TellCounts")
        FROM d LEFT JOIN tells t ON t."Month" = d."Month" AND t."TeamId" = d."TeamId" AND t."SplitKind" = d."SplitKind" AND t."SplitValue" = d."SplitValue"
        GROUP BY 1, 2, 3, 4
        """;
}
