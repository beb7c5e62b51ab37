using Npgsql;

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

    // The same predicate as the open-incident indexes (IncidentConfiguration).
    private const string IsOpen = "s.\"Stage\" <> 'Closed' AND s.\"Stage\" <> 'NotApplicable'";

    // Whole days since discovery in the reader's zone, into the dashboard's four age buckets (DashboardAge).
    private const string AgeBucket =
        "CASE WHEN s.\"Age\" < 1 THEN 'Day' WHEN s.\"Age\" < 7 THEN 'Week' WHEN s.\"Age\" < 28 THEN 'Month' ELSE 'Older' END";

    private static readonly string[] TotalKeys =
    [
        "incidents", "computed", "open", "a", "b", "c", "d", "e", "tell50", "tell90", "told", "toldFirst", "blame", "texts",
        "ratioUnder10", "ratio10To4", "ratio4To1", "ratioOver1", "ratioUnknown",
    ];

    /// <summary>The statement and its parameters (<see cref="DashboardScope.TeamId"/> null: every team).</summary>
    public static (string Sql, NpgsqlParameter[] Parameters) For(DashboardScope scope, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var split = SplitColumn(scope.Split);
        var teamWhere = scope.TeamId is null ? string.Empty : "AND i.\"TeamId\" = @team";
        var grouping = scope.Split == DashboardSplit.None ? string.Empty : "GROUP BY GROUPING SETS ((), (s.\"Split\"))";
        var splitOut = scope.Split == DashboardSplit.None ? "NULL::text" : "CASE WHEN GROUPING(s.\"Split\") = 1 THEN NULL ELSE COALESCE(s.\"Split\", '') END";
        var values = string.Join(", ", TotalKeys.Select(k => $"('{k}', t.\"{k}\"::float8)"));
        var sql = $"""
            WITH s AS (
                SELECT i."Id", i."Stage", i."DiscoveredAt", i."ClientId", i."Kind", i."PromisedBy", {split} AS "Split",
                       @today - (i."DiscoveredAt" AT TIME ZONE @zone)::date AS "Age",
                       f."IncidentId" IS NOT NULL AS "Computed", f."MistakeA", f."MistakeB", f."MistakeC", f."MistakeD", f."MistakeE",
                       f."MistakeCount", f."TimeToTellMinutes", f."ToldFirst", f."OfferToLossRatio", f."ClientTextsSent", f."BlameFindingsSent"
                FROM "Incidents" i LEFT JOIN "IncidentFigures" f ON f."IncidentId" = i."Id"
                WHERE i."DiscoveredAt" >= @from AND i."DiscoveredAt" < @to {teamWhere}
            ),
            totals AS (
                SELECT {splitOut} AS "Split", count(*) AS "incidents", count(*) FILTER (WHERE s."Computed") AS "computed",
                       count(*) FILTER (WHERE {IsOpen}) AS "open",
                       count(*) FILTER (WHERE s."MistakeA") AS "a", count(*) FILTER (WHERE s."MistakeB") AS "b",
                       count(*) FILTER (WHERE s."MistakeC") AS "c", count(*) FILTER (WHERE s."MistakeD") AS "d",
                       count(*) FILTER (WHERE s."MistakeE") AS "e",
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY s."TimeToTellMinutes") AS "tell50",
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY s."TimeToTellMinutes") AS "tell90",
                       count(s."TimeToTellMinutes") AS "told",
                       count(*) FILTER (WHERE s."ToldFirst" AND s."TimeToTellMinutes" IS NOT NULL) AS "toldFirst",
                       sum(s."BlameFindingsSent") AS "blame", sum(s."ClientTextsSent") AS "texts",
                       count(*) FILTER (WHERE s."OfferToLossRatio" < 0.1) AS "ratioUnder10",
                       count(*) FILTER (WHERE s."OfferToLossRatio" >= 0.1 AND s."OfferToLossRatio" < 0.25) AS "ratio10To4",
                       count(*) FILTER (WHERE s."OfferToLossRatio" >= 0.25 AND s."OfferToLossRatio" < 1) AS "ratio4To1",
                       count(*) FILTER (WHERE s."OfferToLossRatio" >= 1) AS "ratioOver1",
                       count(*) FILTER (WHERE s."Computed" AND s."OfferToLossRatio" IS NULL) AS "ratioUnknown"
                FROM s {grouping}
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
            SELECT '{Open}', NULL, s."Stage" || '|' || {AgeBucket}, count(*) FROM s WHERE {IsOpen} GROUP BY 3
            UNION ALL
            SELECT '{Clocks}', NULL, rc."Kind" || '|' || CASE WHEN rc."DueAt" <= @now THEN 'Breached' ELSE 'Warning' END, count(DISTINCT rc."IncidentId")
            FROM s JOIN "RunningClocks" rc ON rc."IncidentId" = s."Id"
            WHERE rc."Subject" = 'Stage' AND rc."State" <> 'Paused' AND rc."WarnsAt" <= @now GROUP BY 3
            UNION ALL
            SELECT '{Breaches}', NULL, e."Kind", count(*)
            FROM s JOIN "ClockEvents" e ON e."IncidentId" = s."Id" WHERE e."Subject" = 'Stage' AND e."Event" = 'Breached' GROUP BY 3
            UNION ALL
            SELECT '{Measures}', NULL, v."Key", v."Value" FROM (
                SELECT count(*) FILTER (WHERE m."Status" <> 'Done' AND m."DueOn" < @today AND s."Stage" <> 'NotApplicable') AS "overdue",
                       count(DISTINCT s."Id") FILTER (WHERE m."Status" <> 'Done' AND m."DueOn" < @today AND s."Stage" <> 'NotApplicable') AS "overdueIncidents",
                       count(*) FILTER (WHERE m."Status" = 'Done') AS "done",
                       count(*) FILTER (WHERE m."Status" = 'Done' AND (m."DoneAt" AT TIME ZONE @zone)::date <= m."DueOn") AS "doneOnTime"
                FROM s JOIN "PreventionMeasures" m ON m."IncidentId" = s."Id") AS x
            CROSS JOIN LATERAL (VALUES ('overdue', x."overdue"::float8), ('overdueIncidents', x."overdueIncidents"::float8),
                ('done', x."done"::float8), ('doneOnTime', x."doneOnTime"::float8)) AS v("Key", "Value")
            UNION ALL
            (SELECT '{RepeatClient}', s."ClientId"::text, min(c."Name"), count(*) FROM s JOIN "Clients" c ON c."Id" = s."ClientId"
             GROUP BY s."ClientId" HAVING count(*) > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatPromiser}', NULL, min(btrim(s."PromisedBy")), count(*) FROM s WHERE btrim(s."PromisedBy") <> ''
             GROUP BY lower(btrim(s."PromisedBy")) HAVING count(*) > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatRootCause}', NULL, r."RootCauseCategory", count(*) FROM s JOIN "IncidentRetros" r ON r."IncidentId" = s."Id"
             GROUP BY 3 HAVING count(*) > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            (SELECT '{RepeatKind}', NULL, s."Kind", count(*) FROM s WHERE s."Kind" IS NOT NULL GROUP BY 3 HAVING count(*) > 1 ORDER BY 4 DESC, 3 LIMIT {RowLimit})
            UNION ALL
            SELECT '{Trend}', v."Key", x."Bucket", v."Value" FROM (
                SELECT to_char(date_trunc(@unit, s."DiscoveredAt" AT TIME ZONE @zone), 'YYYY-MM-DD') AS "Bucket",
                       count(*) AS "incidents", count(*) FILTER (WHERE s."MistakeCount" > 0) AS "mistakes"
                FROM s GROUP BY 1) AS x
            CROSS JOIN LATERAL (VALUES ('incidents', x."incidents"::float8), ('mistakes', x."mistakes"::float8)) AS v("Key", "Value")
            UNION ALL
            SELECT '{TrendBreaches}', NULL, to_char(date_trunc(@unit, e."HappenedAt" AT TIME ZONE @zone), 'YYYY-MM-DD'), count(*)
            FROM s JOIN "ClockEvents" e ON e."IncidentId" = s."Id" WHERE e."Subject" = 'Stage' AND e."Event" = 'Breached' GROUP BY 3
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
            new("team", scope.TeamId ?? 0),
        ];
        return (sql, parameters.Where(p => sql.Contains('@' + p.ParameterName, StringComparison.Ordinal)).ToArray());
    }

    private static string SplitColumn(DashboardSplit split) => split switch
    {
        DashboardSplit.Team => "i.\"TeamId\"::text",
        DashboardSplit.AccountManager => "i.\"OwnerId\"",
        DashboardSplit.Client => "i.\"ClientId\"::text",
        DashboardSplit.Kind => "i.\"Kind\"",
        _ => "NULL::text",
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
