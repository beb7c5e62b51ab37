using Npgsql;
using NpgsqlTypes;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>One figure of the dashboard as <see cref="DashboardSql"/> returns it: a long (figure, split, key, value) result.</summary>
public sealed class FigureRow
{
    /// <summary>Which figure (<see cref="DashboardSql"/>'s constants).</summary>
    public string Figure { get; init; } = string.Empty;

    /// <summary>The split value (a team, user or client id, or a kind's name); null for the whole scope, '' for "none".</summary>
    public string? Split { get; init; }

    public string? Key { get; init; }

    public double? Value { get; init; }
}

/// <summary>
/// The whole dashboard as ONE SQL statement (ADR 0027): the scope is the incidents discovered in the period in the reader's
/// teams, with their figures row (IncidentFigures) when it is computed; every aggregate is made in PostgreSQL and comes back
/// as a few hundred (figure, split, key, value) rows, whatever the number of incidents.
/// </summary>
public static class DashboardSql
{
    public const string Totals = "totals";
    public const string Open = "open";
    public const string Clocks = "clocks";
    public const string Breaches = "breaches";
    public const string Measures = "measures";
    public const string RepeatClient = "repeat-client";
    public const string RepeatPromiser = "repeat-promiser";
    public const string RepeatRootCause = "repeat-root-cause";
    public const string RepeatKind = "repeat-kind";
    public const string Trend = "trend";
    public const string TrendBreaches = "trend-breaches";
    public const string SplitName = "split-name";
    public const string Team = "team";

    /// <summary>The most split rows and repeat rows shown, the biggest first.</summary>
    public const int RowLimit = 50;

    // Whole days since discovery in the reader's zone, into the dashboard's four age buckets (DashboardAge).
    private const string AgeBucket =
        "CASE WHEN s.\"Age\" < 1 THEN 'Day' WHEN s.\"Age\" < 7 THEN 'Week' WHEN s.\"Age\" < 28 THEN 'Month' ELSE 'Older' END";

    private static readonly string[] TotalKeys =
    [
        "incidents", "computed", "open", "a", "b", "c", "d", "e", "tell50", "tell90", "told", "toldFirst", "blame", "texts",
        "ratioUnder10", "ratio10To4", "ratio4To1", "ratioOver1", "ratioUnknown",
    ];

    /// <summary>The statement and its parameters (<see cref="DashboardScope.TeamId"/> null: every team).</summary>
    public static (string Sql, NpgsqlParameter[] Parameters) For(DashboardScope scope, DashboardDayParts parts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(parts);
        var splitKind = SplitKindOf(scope.Split);
        var splitKey = scope.Split == DashboardSplit.Team ? "COALESCE(NULLIF(d.\"TeamId\", 0)::text, '')" : "d.\"SplitValue\"";
        var values = string.Join(", ", TotalKeys.Select(k => $"('{k}', t.\"{k}\"::float8)"));
        string[] kinds = ["none", "client", "kind", "promiser", "rootcause", .. scope.Split == DashboardSplit.AccountManager ? new[] { "owner" } : []];
        var dayRanges = parts.SplitDayRanges;
        var teamOf = (string alias) => scope.TeamId is null ? string.Empty : $"AND {alias}.\"TeamId\" = @team";
        const string Sums = """
            sum(d."Incidents") AS "incidents", sum(d."Computed") AS "computed", sum(d."Open") AS "open",
            sum(d."MistakeA") AS "a", sum(d."MistakeB") AS "b", sum(d."MistakeC") AS "c", sum(d."MistakeD") AS "d", sum(d."MistakeE") AS "e",
            sum(d."Told") AS "told", sum(d."ToldFirst") AS "toldFirst", sum(d."Blame") AS "blame", sum(d."Texts") AS "texts",
            sum(d."RatioUnder10") AS "ratioUnder10", sum(d."Ratio10To4") AS "ratio10To4", sum(d."Ratio4To1") AS "ratio4To1",
            sum(d."RatioOver1") AS "ratioOver1", sum(d."RatioUnknown") AS "ratioUnknown"
            """;
        var bySplit = scope.Split == DashboardSplit.None
            ? string.Empty
            : $"UNION ALL SELECT {splitKey}, {Sums} FROM d WHERE d.\"SplitKind\" = '{splitKind}' GROUP BY 1";
        var sql = $"""
            WITH {DashboardSummaryRowsSql.Rows(teamOf)},
            sums AS (
                SELECT NULL::text AS "Split", {Sums} FROM d WHERE d."SplitKind" = 'none'
                {bySplit}
            ),
            {DashboardSummaryRowsSql.Tells(scope.Split, splitKind, splitKey)},
            totals AS (
                SELECT s.*, t."tell50", t."tell90" FROM sums s LEFT JOIN tells t ON t."Split" IS NOT DISTINCT FROM s."Split"
                WHERE s."incidents" > 0 OR s."Split" IS NULL
            ),
            shown AS (
                SELECT * FROM totals WHERE "Split" IS NULL
                UNION ALL
                (SELECT * FROM totals WHERE "Split" IS NOT NULL ORDER BY "incidents" DESC, "Split" LIMIT {RowLimit})
            )
            SELECT '{Totals}' AS "Figure", t."Split", v."Key", v."Value"
            FROM shown t CROSS JOIN LATERAL (VALUES {values}) AS v("Key", "Value")
            UNION ALL
            SELECT '{SplitName}', t."Split", {SplitNameOf(scope.Split)}, NULL FROM shown t WHERE t."Split" <> ''
            UNION ALL
            SELECT '{Open}', NULL, s."Stage" || '|' || {AgeBucket}, sum(s."Count") FROM (
                SELECT o."Stage", o."Count", @today - (d."At" AT TIME ZONE @zone)::date AS "Age"
                FROM d CROSS JOIN LATERAL unnest(d."OpenStages", d."OpenCounts") AS o("Stage", "Count")
                WHERE d."SplitKind" = 'none' AND NOT ((d."At" AT TIME ZONE 'UTC')::date = ANY(@ageCutDays))
                UNION ALL
                -- The days an age limit cuts, incident by incident (DashboardDayParts.AgeCutDays).
                SELECT i."Stage"::text, 1, @today - (i."DiscoveredAt" AT TIME ZONE @zone)::date
                FROM unnest(@ageStarts::timestamptz[], @ageEnds::timestamptz[]) AS p("Start", "End")
                JOIN "Incidents" i ON i."DiscoveredAt" >= p."Start" AND i."DiscoveredAt" < p."End"
                WHERE i."Stage" <> 'Closed' AND i."Stage" <> 'NotApplicable' {(scope.TeamId is null ? string.Empty : "AND COALESCE(i.\"TeamId\", 0) = @team")}
            ) AS s
            GROUP BY 3
            UNION ALL
            SELECT '{Clocks}', NULL, x."Kind" || '|' || x."State", sum(x."Count") FROM (
                -- A row's clocks of a kind whose bounds settle it: all warned, and all due or none due yet.
                SELECT k."Kind", CASE WHEN k."MaxDueAt" <= @now THEN 'Breached' ELSE 'Warning' END AS "State", k."Count"
                FROM d CROSS JOIN LATERAL unnest(d."ClockKindNames", d."ClockKindCounts", d."ClockKindMinWarnsAt", d."ClockKindMaxWarnsAt",
                    d."ClockKindMinDueAt", d."ClockKindMaxDueAt") AS k("Kind", "Count", "MinWarnsAt", "MaxWarnsAt", "MinDueAt", "MaxDueAt")
                WHERE d."SplitKind" = 'none' AND k."MaxWarnsAt" <= @now AND (k."MaxDueAt" <= @now OR k."MinDueAt" > @now)
                UNION ALL
                -- The others, clock by clock.
                SELECT c."Kind", CASE WHEN c."DueAt" <= @now THEN 'Breached' ELSE 'Warning' END, 1
                FROM d CROSS JOIN LATERAL unnest(d."ClockKindNames", d."ClockKindMinWarnsAt", d."ClockKindMaxWarnsAt",
                    d."ClockKindMinDueAt", d."ClockKindMaxDueAt") AS k("Kind", "MinWarnsAt", "MaxWarnsAt", "MinDueAt", "MaxDueAt")
                CROSS JOIN LATERAL unnest(d."ClockKinds", d."ClockWarnsAt", d."ClockDueAt") AS c("Kind", "WarnsAt", "DueAt")
                WHERE d."SplitKind" = 'none' AND k."MinWarnsAt" <= @now AND NOT (k."MaxWarnsAt" <= @now AND (k."MaxDueAt" <= @now OR k."MinDueAt" > @now))
                  AND c."Kind" = k."Kind" AND c."WarnsAt" <= @now
            ) AS x
            GROUP BY 3
            UNION ALL
            SELECT '{Breaches}', NULL, b."Kind", count(*)
            FROM d CROSS JOIN LATERAL unnest(d."BreachKinds") AS b("Kind") WHERE d."SplitKind" = 'none' GROUP BY 3
            UNION ALL
            SELECT '{Measures}', NULL, v."Key", v."Value" FROM (
                SELECT COALESCE(sum(CASE WHEN d."OpenMeasureDueMax" < @today THEN d."OpenMeasureCount"
                                         WHEN d."OpenMeasureDueMin" >= @today OR d."OpenMeasureDueMin" IS NULL THEN 0
                                         ELSE (SELECT count(*) FROM unnest(d."OpenMeasureDues") AS m(due) WHERE m.due < @today) END), 0) AS "overdue",
                       COALESCE(sum(CASE WHEN d."EarliestOpenDueMax" < @today THEN cardinality(d."EarliestOpenDues")
                                         WHEN d."EarliestOpenDueMin" >= @today OR d."EarliestOpenDueMin" IS NULL THEN 0
                                         ELSE (SELECT count(*) FROM unnest(d."EarliestOpenDues") AS m(due) WHERE m.due < @today) END), 0) AS "overdueIncidents",
                       COALESCE(sum(COALESCE(d."DoneOnTimeAnywhere", 0) + COALESCE(d."DoneLateAnywhere", 0) + COALESCE(cardinality(d."DoneMeasureAts"), 0)), 0) AS "done",
                       COALESCE(sum(COALESCE(d."DoneOnTimeAnywhere", 0) + (SELECT count(*) FROM unnest(d."DoneMeasureAts", d."DoneMeasureDues") AS m(at, due)
                                     WHERE (m.at AT TIME ZONE @zone)::date <= m.due)), 0) AS "doneOnTime"
                FROM d WHERE d."SplitKind" = 'none') AS x
            CROSS JOIN LATERAL (VALUES ('overdue', x."overdue"::float8), ('overdueIncidents', x."overdueIncidents"::float8),
                ('done', x."done"::float8), ('doneOnTime', x."doneOnTime"::float8)) AS v("Key", "Value")
            UNION ALL
            (SELECT '{RepeatClient}', d."SplitValue", min(c."Name"), sum(d."Incidents")
             FROM d JOIN "Clients" c ON c."Id" = d."SplitValue"::int WHERE d."SplitKind" = 'client'
             GROUP BY d."SplitValue" HAVING sum(d."Incidents") > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatPromiser}', NULL, min(d."Label"), sum(d."Incidents") FROM d WHERE d."SplitKind" = 'promiser'
             GROUP BY d."SplitValue" HAVING sum(d."Incidents") > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatRootCause}', NULL, d."SplitValue", sum(d."Incidents") FROM d WHERE d."SplitKind" = 'rootcause'
             GROUP BY 3 HAVING sum(d."Incidents") > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatKind}', NULL, d."SplitValue", sum(d."Incidents") FROM d WHERE d."SplitKind" = 'kind' AND d."SplitValue" <> ''
             GROUP BY 3 HAVING sum(d."Incidents") > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            SELECT '{Trend}', v."Key", x."Bucket", v."Value" FROM (
                SELECT to_char(date_trunc(@unit, t."At" AT TIME ZONE @zone), 'YYYY-MM-DD') AS "Bucket",
                       sum(t."Incidents") AS "incidents", sum(t."Mistakes") AS "mistakes"
                FROM (
                    SELECT d."At", d."Incidents", d."WithMistakes" AS "Mistakes" FROM d
                    WHERE d."SplitKind" = 'none' AND NOT ((d."At" AT TIME ZONE 'UTC')::date = ANY(@trendCutDays))
                    UNION ALL
                    SELECT date_trunc('day', d."At" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + (q.n - 1) * interval '15 minutes', q."Incidents", q."Mistakes"
                    FROM d CROSS JOIN LATERAL unnest(d."IncidentsByQuarter", d."MistakesByQuarter") WITH ORDINALITY AS q("Incidents", "Mistakes", n)
                    WHERE d."SplitKind" = 'none' AND (d."At" AT TIME ZONE 'UTC')::date = ANY(@trendCutDays) AND q."Incidents" > 0
                ) AS t
                GROUP BY 1) AS x
            CROSS JOIN LATERAL (VALUES ('incidents', x."incidents"::float8), ('mistakes', x."mistakes"::float8)) AS v("Key", "Value")
            UNION ALL
            SELECT '{TrendBreaches}', NULL, to_char(date_trunc(@unit, b."At" AT TIME ZONE @zone), 'YYYY-MM-DD'), count(*)
            FROM d CROSS JOIN LATERAL unnest(d."BreachTimes") AS b("At") WHERE d."SplitKind" = 'none' GROUP BY 3
            {(scope.AllTeams ? $"UNION ALL SELECT '{Team}', t.\"Id\"::text, t.\"Name\", NULL FROM \"Teams\" t" : string.Empty)}
            """;
        NpgsqlParameter[] parameters =
        [
            new("from", scope.From.ToUniversalTime()),
            new("to", scope.To.ToUniversalTime()),
            new("today", scope.Today),
            new("now", now.ToUniversalTime()),
            new("zone", scope.TimeZoneId),
            new("unit", scope.ByWeek ? "week" : "month"),
            new("team", NpgsqlDbType.Integer) { Value = scope.TeamId is { } team ? team : DBNull.Value },
            new("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = kinds },
            new("fullFrom", parts.FullFrom),
            new("fullTo", parts.FullTo),
            new("cutDays", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = parts.CutDays },
            new("months", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = parts.FullMonths },
            new("dayStarts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = dayRanges.Starts },
            new("dayEnds", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = dayRanges.Ends },
            new("splitKinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = kinds[1..] },
            new("partStarts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = parts.PartStarts },
            new("partEnds", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = parts.PartEnds },
            new("trendCutDays", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = parts.TrendCutDays },
            new("ageCutDays", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = parts.AgeCutDays },
            new("ageStarts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = parts.AgeStarts },
            new("ageEnds", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = parts.AgeEnds },
        ];
        return (sql, parameters.Where(p => System.Text.RegularExpressions.Regex.IsMatch(sql, $"@{p.ParameterName}\\b")).ToArray());
    }

    private static string SplitKindOf(DashboardSplit split) => split switch
    {
        DashboardSplit.AccountManager => "owner",
        DashboardSplit.Client => "client",
        DashboardSplit.Kind => "kind",
        _ => "none",
    };

    // The split value's name for people; a kind's name is shown from its enum.
    private static string SplitNameOf(DashboardSplit split) => split switch
    {
        DashboardSplit.Team => "(SELECT x.\"Name\" FROM \"Teams\" x WHERE x.\"Id\"::text = t.\"Split\")",
        DashboardSplit.AccountManager => "(SELECT x.\"DisplayName\" FROM \"AspNetUsers\" x WHERE x.\"Id\" = t.\"Split\")",
        DashboardSplit.Client => "(SELECT x.\"Name\" FROM \"Clients\" x WHERE x.\"Id\"::text = t.\"Split\")",
        _ => "t.\"Split\"",
    };
}
