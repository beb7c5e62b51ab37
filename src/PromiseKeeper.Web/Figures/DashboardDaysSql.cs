namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL of the DashboardDays migration (ADR 0027, "Speed"): the dashboard's per-day summary, one row per UTC day of
/// discovery, team (0: none) and split value, built by ONE function, <c>dashboard_rows(from, to, team)</c>, that both the
/// refresh (a whole UTC day) and the dashboard (the parts of days it cannot take from the summary) call, so the summary
/// and a live count can never disagree. Triggers (<see cref="DashboardDayQueueSql"/>) queue the (day, team) whose rows a
/// change makes stale in "DashboardDayChecks"; the dashboard counts a queued day live, so it is never staler than the
/// data, and <see cref="DashboardDaysRefresh"/> rebuilds queued days in the background.
/// </summary>
public static class DashboardDaysSql
{
    /// <summary>
    /// The split kinds: 'none' (the whole team's day), 'owner', 'client', 'kind' (the dashboard's splits), 'promiser' and
    /// 'rootcause' (its repeat lists). Time to tell is kept as the day's values (percentiles cannot be summed); the 'none'
    /// row also keeps the open incidents per stage, the stage clocks' breaches, the prevention measures and the running
    /// (not paused) stage clocks' warning and due instants as arrays, because what they count depends on the reader's
    /// "today", zone or "now"; and the incidents (and those with a mistake) per quarter hour of the UTC day, so a trend week
    /// or month that starts inside the day (at a midnight of the reader's zone: every zone's offset is whole quarter hours)
    /// is counted from the summary too. Next to the arrays, their bounds per row (the earliest and latest due date of the
    /// open measures, each clock kind's count and earliest and latest warning and due instants) and the measures done on
    /// time or late in every zone (UTC−12 to UTC+14): the statement reads the arrays only of the rows whose bounds do not
    /// settle the count for its "today" or "now" (the last weeks), and only the measures done near their due date.
    /// </summary>
    public const string Columns = """
        "TeamId" integer, "SplitKind" text, "SplitValue" text, "Label" text,
        "Incidents" integer, "Computed" integer, "Open" integer,
        "MistakeA" integer, "MistakeB" integer, "MistakeC" integer, "MistakeD" integer, "MistakeE" integer, "WithMistakes" integer,
        "Told" integer, "ToldFirst" integer, "TellMinutes" integer[], "Blame" integer, "Texts" integer,
        "RatioUnder10" integer, "Ratio10To4" integer, "Ratio4To1" integer, "RatioOver1" integer, "RatioUnknown" integer,
        "OpenStages" text[], "OpenCounts" integer[], "BreachKinds" text[], "BreachTimes" timestamp with time zone[],
        "OpenMeasureDues" date[], "EarliestOpenDues" date[], "DoneMeasureAts" timestamp with time zone[], "DoneMeasureDues" date[],
        "ClockKinds" text[], "ClockWarnsAt" timestamp with time zone[], "ClockDueAt" timestamp with time zone[],
        "IncidentsByQuarter" integer[], "MistakesByQuarter" integer[],
        "OpenMeasureCount" integer, "OpenMeasureDueMin" date, "OpenMeasureDueMax" date, "EarliestOpenDueMin" date, "EarliestOpenDueMax" date,
        "DoneOnTimeAnywhere" integer, "DoneLateAnywhere" integer,
        "ClockKindNames" text[], "ClockKindCounts" integer[], "ClockKindMinWarnsAt" timestamp with time zone[],
        "ClockKindMaxWarnsAt" timestamp with time zone[], "ClockKindMinDueAt" timestamp with time zone[], "ClockKindMaxDueAt" timestamp with time zone[]
        """;

    /// <summary>The column names of <see cref="Columns"/>, in order, for INSERT and SELECT lists.</summary>
    public const string ColumnNames = """
        "TeamId", "SplitKind", "SplitValue", "Label", "Incidents", "Computed", "Open",
        "MistakeA", "MistakeB", "MistakeC", "MistakeD", "MistakeE", "WithMistakes",
        "Told", "ToldFirst", "TellMinutes", "Blame", "Texts",
        "RatioUnder10", "Ratio10To4", "Ratio4To1", "RatioOver1", "RatioUnknown",
        "OpenStages", "OpenCounts", "BreachKinds", "BreachTimes",
        "OpenMeasureDues", "EarliestOpenDues", "DoneMeasureAts", "DoneMeasureDues",
        "ClockKinds", "ClockWarnsAt", "ClockDueAt", "IncidentsByQuarter", "MistakesByQuarter",
        "OpenMeasureCount", "OpenMeasureDueMin", "OpenMeasureDueMax", "EarliestOpenDueMin", "EarliestOpenDueMax",
        "DoneOnTimeAnywhere", "DoneLateAnywhere",
        "ClockKindNames", "ClockKindCounts", "ClockKindMinWarnsAt", "ClockKindMaxWarnsAt", "ClockKindMinDueAt", "ClockKindMaxDueAt"
        """;

    public const string CreateTables = $"""
        CREATE TABLE "DashboardDays" (
            "Day" date NOT NULL,
            {Columns},
            CONSTRAINT "PK_DashboardDays" PRIMARY KEY ("SplitKind", "TeamId", "Day", "SplitValue")
        );
        ALTER TABLE "DashboardDays" ALTER COLUMN "TeamId" SET NOT NULL, ALTER COLUMN "SplitKind" SET NOT NULL,
            ALTER COLUMN "SplitValue" SET NOT NULL;
        CREATE INDEX "IX_DashboardDays_SplitKind_Day" ON "DashboardDays" ("SplitKind", "Day");
        CREATE TABLE "DashboardDayChecks" (
            "Day" date NOT NULL,
            "TeamId" integer NOT NULL,
            "Changes" integer NOT NULL DEFAULT 1,
            CONSTRAINT "PK_DashboardDayChecks" PRIMARY KEY ("Day", "TeamId")
        );
        """;

    /// <summary>
    /// The summary rows of the incidents discovered in [from_at, to_at), of one team (0: incidents without one) or, with a
    /// null team, of every team. The same definitions as the incident list's filters (ADR 0025, 0027): open is neither
    /// Closed nor NotApplicable, a measure of an incident marked not applicable is never overdue, a promiser is compared
    /// trimmed and case-insensitively, the incident's kind and root cause by value. EXECUTE plans each call with its own
    /// values (a day's few hundred incidents: index lookups); a plan made for unknown values scanned whole tables.
    /// </summary>
    public const string CreateFunction = $$"""
        CREATE FUNCTION dashboard_rows(from_at timestamp with time zone, to_at timestamp with time zone, team integer)
        RETURNS TABLE ({{Columns}})
        LANGUAGE plpgsql STABLE AS $fn$
        BEGIN
        RETURN QUERY EXECUTE $q$
        WITH i AS (
            SELECT i."Id", COALESCE(i."TeamId", 0) AS "TeamId", i."OwnerId", i."ClientId", i."Kind", i."Stage", i."PromisedBy",
                   i."Stage" <> 'Closed' AND i."Stage" <> 'NotApplicable' AS "IsOpen",
                   f."IncidentId" IS NOT NULL AS "Computed", f."MistakeA", f."MistakeB", f."MistakeC", f."MistakeD", f."MistakeE",
                   f."MistakeCount", f."TimeToTellMinutes", f."ToldFirst", f."OfferToLossRatio", f."ClientTextsSent", f."BlameFindingsSent",
                   r."RootCauseCategory",
                   (extract(hour FROM i."DiscoveredAt" AT TIME ZONE 'UTC') * 4
                    + floor(extract(minute FROM i."DiscoveredAt" AT TIME ZONE 'UTC') / 15))::int AS "Quarter"
            FROM "Incidents" i
            LEFT JOIN "IncidentFigures" f ON f."IncidentId" = i."Id"
            LEFT JOIN "IncidentRetros" r ON r."IncidentId" = i."Id"
            WHERE i."DiscoveredAt" >= $1 AND i."DiscoveredAt" < $2 AND ($3 IS NULL OR COALESCE(i."TeamId", 0) = $3)
        ),
        keyed AS (
            SELECT i.*, k."SplitKind", k."SplitValue"
            FROM i CROSS JOIN LATERAL (VALUES
                ('none', ''), ('owner', i."OwnerId"::text), ('client', i."ClientId"::text), ('kind', COALESCE(i."Kind"::text, '')),
                ('promiser', NULLIF(lower(btrim(i."PromisedBy")), '')), ('rootcause', i."RootCauseCategory"::text)
            ) AS k("SplitKind", "SplitValue")
            WHERE k."SplitValue" IS NOT NULL
        ),
        breaches AS (
            SELECT i."TeamId", array_agg(e."Kind"::text ORDER BY e."Id") AS "Kinds", array_agg(e."HappenedAt" ORDER BY e."Id") AS "Times"
            FROM i JOIN "ClockEvents" e ON e."IncidentId" = i."Id"
            WHERE e."Subject" = 'Stage' AND e."Event" = 'Breached'
            GROUP BY i."TeamId"
        ),
        measures AS (
            SELECT i."TeamId",
                   array_agg(m."DueOn" ORDER BY m."Id") FILTER (WHERE m."Status" <> 'Done' AND i."Stage" <> 'NotApplicable') AS "OpenDues",
                   (count(*) FILTER (WHERE m."Status" <> 'Done' AND i."Stage" <> 'NotApplicable'))::int AS "OpenCount",
                   min(m."DueOn") FILTER (WHERE m."Status" <> 'Done' AND i."Stage" <> 'NotApplicable') AS "OpenDueMin",
                   max(m."DueOn") FILTER (WHERE m."Status" <> 'Done' AND i."Stage" <> 'NotApplicable') AS "OpenDueMax",
                   (count(*) FILTER (WHERE m."Status" = 'Done' AND m."OnTimeAnywhere"))::int AS "OnTimeAnywhere",
                   (count(*) FILTER (WHERE m."Status" = 'Done' AND m."LateAnywhere"))::int AS "LateAnywhere",
                   array_agg(m."DoneAt" ORDER BY m."Id") FILTER (WHERE m."Status" = 'Done' AND NOT m."OnTimeAnywhere" AND NOT m."LateAnywhere") AS "DoneAts",
                   array_agg(m."DueOn" ORDER BY m."Id") FILTER (WHERE m."Status" = 'Done' AND NOT m."OnTimeAnywhere" AND NOT m."LateAnywhere") AS "DoneDues"
            FROM i JOIN (
                SELECT m.*,
                       COALESCE(((m."DoneAt" + interval '14 hours') AT TIME ZONE 'UTC')::date <= m."DueOn", FALSE) AS "OnTimeAnywhere",
                       COALESCE(((m."DoneAt" - interval '12 hours') AT TIME ZONE 'UTC')::date > m."DueOn", FALSE) AS "LateAnywhere"
                FROM "PreventionMeasures" m) AS m ON m."IncidentId" = i."Id"
            GROUP BY i."TeamId"
        ),
        earliest AS (
            SELECT x."TeamId", array_agg(x."Due") AS "Dues", min(x."Due") AS "DueMin", max(x."Due") AS "DueMax"
            FROM (SELECT i."TeamId", min(m."DueOn") AS "Due"
                  FROM i JOIN "PreventionMeasures" m ON m."IncidentId" = i."Id"
                  WHERE m."Status" <> 'Done' AND i."Stage" <> 'NotApplicable'
                  GROUP BY i."TeamId", i."Id") AS x
            GROUP BY x."TeamId"
        ),
        open_stages AS (
            SELECT x."TeamId", array_agg(x."Stage" ORDER BY x."Stage") AS "Stages", array_agg(x."Count" ORDER BY x."Stage") AS "Counts"
            FROM (SELECT i."TeamId", i."Stage"::text AS "Stage", count(*)::int AS "Count" FROM i WHERE i."IsOpen" GROUP BY 1, 2) AS x
            GROUP BY x."TeamId"
        ),
        quarters AS (
            SELECT t."TeamId", array_agg(COALESCE(n."Incidents", 0) ORDER BY g.q) AS "Incidents",
                   array_agg(COALESCE(n."Mistakes", 0) ORDER BY g.q) AS "Mistakes"
            FROM (SELECT DISTINCT i."TeamId" FROM i) AS t
            CROSS JOIN generate_series(0, 95) AS g(q)
            LEFT JOIN (SELECT i."TeamId", i."Quarter", count(*)::int AS "Incidents",
                              (count(*) FILTER (WHERE i."MistakeCount" > 0))::int AS "Mistakes"
                       FROM i GROUP BY 1, 2) AS n ON n."TeamId" = t."TeamId" AND n."Quarter" = g.q
            GROUP BY t."TeamId"
        ),
        clocks AS (
            SELECT i."TeamId", array_agg(rc."Kind"::text ORDER BY rc."IncidentId", rc."ClockKey") AS "Kinds",
                   array_agg(rc."WarnsAt" ORDER BY rc."IncidentId", rc."ClockKey") AS "WarnsAt",
                   array_agg(rc."DueAt" ORDER BY rc."IncidentId", rc."ClockKey") AS "DueAt"
            FROM i JOIN "RunningClocks" rc ON rc."IncidentId" = i."Id"
            WHERE rc."Subject" = 'Stage' AND rc."State" <> 'Paused'
            GROUP BY i."TeamId"
        ),
        clock_kinds AS (
            SELECT x."TeamId", array_agg(x."Kind" ORDER BY x."Kind") AS "Kinds", array_agg(x."Count" ORDER BY x."Kind") AS "Counts",
                   array_agg(x."MinWarns" ORDER BY x."Kind") AS "MinWarns", array_agg(x."MaxWarns" ORDER BY x."Kind") AS "MaxWarns",
                   array_agg(x."MinDue" ORDER BY x."Kind") AS "MinDue", array_agg(x."MaxDue" ORDER BY x."Kind") AS "MaxDue"
            FROM (SELECT i."TeamId", rc."Kind"::text AS "Kind", count(*)::int AS "Count", min(rc."WarnsAt") AS "MinWarns",
                         max(rc."WarnsAt") AS "MaxWarns", min(rc."DueAt") AS "MinDue", max(rc."DueAt") AS "MaxDue"
                  FROM i JOIN "RunningClocks" rc ON rc."IncidentId" = i."Id"
                  WHERE rc."Subject" = 'Stage' AND rc."State" <> 'Paused'
                  GROUP BY 1, 2) AS x
            GROUP BY x."TeamId"
        )
        SELECT k."TeamId", k."SplitKind", k."SplitValue",
               CASE WHEN k."SplitKind" = 'promiser' THEN min(btrim(k."PromisedBy")) END,
               count(*)::int, (count(*) FILTER (WHERE k."Computed"))::int, (count(*) FILTER (WHERE k."IsOpen"))::int,
               (count(*) FILTER (WHERE k."MistakeA"))::int, (count(*) FILTER (WHERE k."MistakeB"))::int,
               (count(*) FILTER (WHERE k."MistakeC"))::int, (count(*) FILTER (WHERE k."MistakeD"))::int,
               (count(*) FILTER (WHERE k."MistakeE"))::int, (count(*) FILTER (WHERE k."MistakeCount" > 0))::int,
               count(k."TimeToTellMinutes")::int,
               (count(*) FILTER (WHERE k."ToldFirst" AND k."TimeToTellMinutes" IS NOT NULL))::int,
               CASE WHEN k."SplitKind" IN ('none', 'owner', 'client', 'kind')
                    THEN array_agg(k."TimeToTellMinutes") FILTER (WHERE k."TimeToTellMinutes" IS NOT NULL) END,
               COALESCE(sum(k."BlameFindingsSent"), 0)::int, COALESCE(sum(k."ClientTextsSent"), 0)::int,
               (count(*) FILTER (WHERE k."OfferToLossRatio" < 0.1))::int,
               (count(*) FILTER (WHERE k."OfferToLossRatio" >= 0.1 AND k."OfferToLossRatio" < 0.25))::int,
               (count(*) FILTER (WHERE k."OfferToLossRatio" >= 0.25 AND k."OfferToLossRatio" < 1))::int,
               (count(*) FILTER (WHERE k."OfferToLossRatio" >= 1))::int,
               (count(*) FILTER (WHERE k."Computed" AND k."OfferToLossRatio" IS NULL))::int,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT o."Stages" FROM open_stages o WHERE o."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT o."Counts" FROM open_stages o WHERE o."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT b."Kinds" FROM breaches b WHERE b."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT b."Times" FROM breaches b WHERE b."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."OpenDues" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT e."Dues" FROM earliest e WHERE e."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."DoneAts" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."DoneDues" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."Kinds" FROM clocks c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."WarnsAt" FROM clocks c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."DueAt" FROM clocks c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT q."Incidents" FROM quarters q WHERE q."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT q."Mistakes" FROM quarters q WHERE q."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."OpenCount" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."OpenDueMin" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."OpenDueMax" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT e."DueMin" FROM earliest e WHERE e."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT e."DueMax" FROM earliest e WHERE e."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."OnTimeAnywhere" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT m."LateAnywhere" FROM measures m WHERE m."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."Kinds" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."Counts" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."MinWarns" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."MaxWarns" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."MinDue" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END,
               CASE WHEN k."SplitKind" = 'none' THEN (SELECT c."MaxDue" FROM clock_kinds c WHERE c."TeamId" = k."TeamId") END
        FROM keyed k
        GROUP BY k."TeamId", k."SplitKind", k."SplitValue"
        $q$ USING from_at, to_at, team;
        END $fn$;
        """;

    /// <summary>Every day and team there are incidents of: built at once (seconds for a team's years; the bench's million in a minute or two).</summary>
    public const string Backfill = $"""
        INSERT INTO "DashboardDays" ("Day", {ColumnNames})
        SELECT d."Day", r.*
        FROM (SELECT DISTINCT (i."DiscoveredAt" AT TIME ZONE 'UTC')::date AS "Day" FROM "Incidents" i) AS d
        CROSS JOIN LATERAL dashboard_rows(d."Day"::timestamp AT TIME ZONE 'UTC', (d."Day" + 1)::timestamp AT TIME ZONE 'UTC', NULL) AS r;
        """;

    /// <summary>Drops what <see cref="CreateTables"/> and <see cref="CreateFunction"/> made (after <see cref="DashboardDayQueueSql.Drop"/>).</summary>
    public const string Drop = """
        DROP FUNCTION IF EXISTS dashboard_rows(timestamp with time zone, timestamp with time zone, integer);
        DROP TABLE IF EXISTS "DashboardDayChecks";
        DROP TABLE IF EXISTS "DashboardDays";
        """;
}
