using System.Globalization;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL of the ClientBankDays migration (ADR 0026, "Speed"): the emotional bank account's counts
/// (<see cref="EmotionalBankAccount"/>) per client and UTC day of each change, so a balance is a sum of days, not a pass over
/// the client's whole history (20,000 incidents per client at a million). ONE function, <c>client_bank_rows(clients, from,
/// to)</c>, lists the changes of an interval; the refresh sums a whole day of it, and <c>client_bank_totals(ids, now,
/// before)</c> reads it live where the summary cannot answer: today, the part of the day "before" falls in, and every day
/// queued in "ClientBankDayChecks" (<see cref="ClientBankDayQueueSql"/>), so a balance is never staler than the data.
/// </summary>
public static class ClientBankDaysSql
{
    /// <summary>The count columns of a summary table (days, <see cref="ClientBankMonthsSql"/>'s months), as DDL.</summary>
    public const string CountColumnDefinitions = """
        "Low" integer NOT NULL, "Medium" integer NOT NULL, "High" integer NOT NULL, "Critical" integer NOT NULL,
        "ToldLate" integer NOT NULL, "OtherMistakes" integer NOT NULL, "Blame" integer NOT NULL,
        "WellHandled" integer NOT NULL, "PromisesKept" integer NOT NULL, "CheckInsDone" integer NOT NULL
        """;

    public const string CreateTables = $"""
        CREATE TABLE "ClientBankDays" (
            "ClientId" integer NOT NULL,
            "Day" date NOT NULL,
            {CountColumnDefinitions},
            CONSTRAINT "PK_ClientBankDays" PRIMARY KEY ("ClientId", "Day")
        );
        CREATE TABLE "ClientBankDayChecks" (
            "ClientId" integer NOT NULL,
            "Day" date NOT NULL,
            "Changes" integer NOT NULL DEFAULT 1,
            CONSTRAINT "PK_ClientBankDayChecks" PRIMARY KEY ("ClientId", "Day")
        );
        """;

    /// <summary>
    /// Prevention measures and check-ins carry their incident's client ("ClientId", kept by triggers, outside the EF model:
    /// no handler writes it), so a client's deposits of a day are an index range. Without it a day's deposits of every
    /// client had to be read and their incidents looked up one by one (a few hundred rows, 10 ms, per read of a balance).
    /// </summary>
    public const string AddDoneClients = """
        ALTER TABLE "PreventionMeasures" ADD COLUMN "ClientId" integer;
        ALTER TABLE "CheckIns" ADD COLUMN "ClientId" integer;
        -- Filling a column changes no dashboard figure: its queue trigger would requeue every day of the history.
        ALTER TABLE "PreventionMeasures" DISABLE TRIGGER "TR_PreventionMeasures_QueueDashboardDay";
        UPDATE "PreventionMeasures" AS m SET "ClientId" = i."ClientId" FROM "Incidents" AS i WHERE i."Id" = m."IncidentId";
        ALTER TABLE "PreventionMeasures" ENABLE TRIGGER "TR_PreventionMeasures_QueueDashboardDay";
        UPDATE "CheckIns" AS k SET "ClientId" = i."ClientId" FROM "Incidents" AS i WHERE i."Id" = k."IncidentId";
        CREATE INDEX "IX_PreventionMeasures_Done_ClientId_DoneAt" ON "PreventionMeasures" ("ClientId", "DoneAt")
            INCLUDE ("IncidentId", "DueOn") WHERE "Status" = 'Done';
        CREATE INDEX "IX_CheckIns_Done_ClientId_DoneAt" ON "CheckIns" ("ClientId", "DoneAt") INCLUDE ("IncidentId") WHERE "IsDone";
        -- The backfill's plan needs the new column's statistics (without them it read every measure for each day).
        ANALYZE "PreventionMeasures", "CheckIns";

        CREATE FUNCTION client_bank_done_client() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            NEW."ClientId" := (SELECT i."ClientId" FROM "Incidents" AS i WHERE i."Id" = NEW."IncidentId");
            RETURN NEW;
        END $fn$;
        CREATE TRIGGER "TR_PreventionMeasures_ClientId" BEFORE INSERT OR UPDATE OF "IncidentId" ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION client_bank_done_client();
        CREATE TRIGGER "TR_CheckIns_ClientId" BEFORE INSERT OR UPDATE OF "IncidentId" ON "CheckIns"
            FOR EACH ROW EXECUTE FUNCTION client_bank_done_client();

        CREATE FUNCTION client_bank_incident_moved() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            UPDATE "PreventionMeasures" SET "ClientId" = NEW."ClientId" WHERE "IncidentId" = NEW."Id";
            UPDATE "CheckIns" SET "ClientId" = NEW."ClientId" WHERE "IncidentId" = NEW."Id";
            RETURN NULL;
        END $fn$;
        CREATE TRIGGER "TR_Incidents_MoveDoneClients" AFTER UPDATE OF "ClientId" ON "Incidents"
            FOR EACH ROW WHEN (OLD."ClientId" IS DISTINCT FROM NEW."ClientId")
            EXECUTE FUNCTION client_bank_incident_moved();
        """;

    /// <summary>The counts of a summary row, in order (each change of <c>client_bank_rows</c> has the same columns, 0 or more).</summary>
    public const string CountColumns = """
        "Low", "Medium", "High", "Critical", "ToldLate", "OtherMistakes", "Blame", "WellHandled", "PromisesKept", "CheckInsDone"
        """;

    /// <summary>A measure done on time, as the ClientBankDays migration judged it: by the UTC date of its completion.</summary>
    public const string KeptByTheUtcDate = "m.\"Status\" = 'Done' AND (m.\"DoneAt\" AT TIME ZONE 'UTC')::date <= m.\"DueOn\"";

    /// <summary>A measure done on time by the date in its team's calendar zone (<see cref="MeasureDoneOnTimeSql"/>), as the app judges it now.</summary>
    public const string KeptByTheTeamsZone = "m.\"DoneOnTime\"";

    /// <summary>
    /// <c>client_bank_rows</c>: every change of the given clients' balances at an instant in [from, to), one row each with
    /// the counts it adds: an incident that applied (with its figures) at its discovery, a well-handled incident at its
    /// closing, a measure done on time (a promise kept: by the UTC date here, by <see cref="KeptByTheTeamsZone"/> since the
    /// MeasureDoneOnTime migration) and a check-in done at their completion, through the clients' date indexes
    /// (<see cref="AddDoneClients"/>).
    /// </summary>
    /// <remarks>
    /// Both functions are PL/pgSQL with a generic plan and no parallel workers: a session plans each once. Planned for its
    /// values every time, a read of a day's changes spent 5 ms planning and 0.3 ms running; a parallel plan spent 15 ms
    /// starting its workers. The generic plan walks the date indexes, which suits a day (the refresh, the live parts) and
    /// still takes the whole history (the backfill) in one pass.
    /// </remarks>
    public static readonly string CreateRowsFunction = RowsFunction("CREATE FUNCTION", KeptByTheUtcDate);

    /// <summary>The text of <c>client_bank_rows</c> (see <see cref="CreateRowsFunction"/>) with its rule for a kept promise.</summary>
    internal static string RowsFunction(string create, string keptRule) => $"""
        {create} client_bank_rows(clients integer[], from_at timestamp with time zone, to_at timestamp with time zone)
        RETURNS TABLE ("ClientId" integer, "At" timestamp with time zone,
                       "Low" integer, "Medium" integer, "High" integer, "Critical" integer, "ToldLate" integer,
                       "OtherMistakes" integer, "Blame" integer, "WellHandled" integer, "PromisesKept" integer, "CheckInsDone" integer)
        LANGUAGE plpgsql STABLE
        SET plan_cache_mode = force_generic_plan SET max_parallel_workers_per_gather = 0
        AS $fn$
        #variable_conflict use_column
        BEGIN
            RETURN QUERY
                SELECT i."ClientId", i."DiscoveredAt",
                       (f."Severity" = 'Low')::int, (f."Severity" = 'Medium')::int, (f."Severity" = 'High')::int,
                       (f."Severity" = 'Critical')::int, f."MistakeA"::int, greatest(f."MistakeCount" - f."MistakeA"::int, 0),
                       least(greatest(f."BlameFindingsSent", 0), {EmotionalBankAccount.MaxBlameFindingsPerIncident.ToString(CultureInfo.InvariantCulture)}), 0, 0, 0
                FROM "Incidents" AS i JOIN "IncidentFigures" AS f ON f."IncidentId" = i."Id"
                WHERE i."ClientId" = ANY(clients) AND i."Stage" <> 'NotApplicable' AND i."DiscoveredAt" >= from_at AND i."DiscoveredAt" < to_at
                UNION ALL
                SELECT i."ClientId", i."FinishedAt", 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
                FROM "Incidents" AS i
                JOIN "IncidentFigures" AS f ON f."IncidentId" = i."Id"
                JOIN "IncidentConversations" AS c ON c."IncidentId" = i."Id"
                WHERE i."ClientId" = ANY(clients) AND i."Stage" = 'Closed' AND i."FinishedAt" >= from_at AND i."FinishedAt" < to_at
                  AND f."MistakeCount" = 0 AND c."OfferResponse" = 'Accepted'
                UNION ALL
                SELECT m."ClientId", m."DoneAt", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
                FROM "PreventionMeasures" AS m
                WHERE m."ClientId" = ANY(clients) AND {keptRule} AND m."DoneAt" >= from_at AND m."DoneAt" < to_at
                  AND EXISTS (SELECT 1 FROM "Incidents" AS i WHERE i."Id" = m."IncidentId" AND i."Stage" <> 'NotApplicable')
                UNION ALL
                SELECT k."ClientId", k."DoneAt", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
                FROM "CheckIns" AS k
                WHERE k."ClientId" = ANY(clients) AND k."IsDone" AND k."DoneAt" >= from_at AND k."DoneAt" < to_at
                  AND EXISTS (SELECT 1 FROM "Incidents" AS i WHERE i."Id" = k."IncidentId" AND i."Stage" <> 'NotApplicable');
        END $fn$;
        """;

    /// <summary>
    /// <c>client_bank_totals</c>: one row per client of <c>ids</c> with its counts up to <c>at_now</c> and up to
    /// <c>at_before</c> (the columns of <c>BankTotalsRow</c>). Whole UTC days before today come from the summary, except
    /// queued ones; today, the queued days and the day <c>at_before</c> falls in are read live (that day's summary row counts
    /// towards now only, its live part up to <c>at_before</c> towards before). A live interval ends at its instant (timestamps
    /// are whole microseconds, so "up to and including t" is "before t + 1 µs").
    /// </summary>
    public static readonly string CreateTotalsFunction = TotalsFunction(
        "CREATE FUNCTION",
        extraCtes: "",
        summaryParts: """
                SELECT d."ClientId", TRUE AS in_now, d."Day" < bounds.before_day AS in_before,
                       d."Low", d."Medium", d."High", d."Critical", d."ToldLate", d."OtherMistakes", d."Blame",
                       d."WellHandled", d."PromisesKept", d."CheckInsDone"
                FROM "ClientBankDays" AS d, bounds
                WHERE d."ClientId" = ANY(ids) AND d."Day" < bounds.today
                  AND NOT EXISTS (SELECT 1 FROM queued AS q WHERE q."ClientId" = d."ClientId" AND q."Day" = d."Day")
        """);

    /// <summary>
    /// The text of <c>client_bank_totals</c> (see <see cref="CreateTotalsFunction"/>) around its summary parts: the live
    /// parts (today, the day "before" falls in, the queued days) and the sums are the same whatever the summary's grain
    /// (<see cref="ClientBankMonthsSql"/>). <paramref name="summaryParts"/> yields ("ClientId", in_now, in_before, the
    /// counts) and may use the CTEs client, bounds (today, before_day, before_month), queued and
    /// <paramref name="extraCtes"/>.
    /// </summary>
    internal static string TotalsFunction(string create, string extraCtes, string summaryParts) => $$"""
        {{create}} client_bank_totals(ids integer[], at_now timestamp with time zone, at_before timestamp with time zone)
        RETURNS TABLE ("ClientId" integer,
                       "Low" integer, "Medium" integer, "High" integer, "Critical" integer, "ToldLate" integer,
                       "OtherMistakes" integer, "Blame" integer, "WellHandled" integer, "PromisesKept" integer, "CheckInsDone" integer,
                       "BeforeLow" integer, "BeforeMedium" integer, "BeforeHigh" integer, "BeforeCritical" integer, "BeforeToldLate" integer,
                       "BeforeOtherMistakes" integer, "BeforeBlame" integer, "BeforeWellHandled" integer, "BeforePromisesKept" integer,
                       "BeforeCheckInsDone" integer)
        LANGUAGE plpgsql STABLE
        SET plan_cache_mode = force_generic_plan SET max_parallel_workers_per_gather = 0
        AS $fn$
        #variable_conflict use_column
        BEGIN
            RETURN QUERY
            WITH client AS (SELECT DISTINCT u.id FROM unnest(ids) AS u(id) WHERE u.id IS NOT NULL),
            bounds AS (
                SELECT b.today, b.before_day, date_trunc('month', b.before_day)::date AS before_month
                FROM (SELECT (at_now AT TIME ZONE 'UTC')::date AS today, (at_before AT TIME ZONE 'UTC')::date AS before_day) AS b
            ),
            queued AS (
                SELECT q."ClientId", q."Day"
                FROM "ClientBankDayChecks" AS q JOIN client ON q."ClientId" = client.id, bounds
                WHERE q."Day" < bounds.today
            ),{{extraCtes}}
            parts AS (
        {{summaryParts}}
                UNION ALL
                SELECT e."ClientId", e."At" <= at_now, e."At" <= at_before,
                       e."Low", e."Medium", e."High", e."Critical", e."ToldLate", e."OtherMistakes", e."Blame",
                       e."WellHandled", e."PromisesKept", e."CheckInsDone"
                FROM bounds, client_bank_rows(ARRAY(SELECT id FROM client), bounds.today::timestamp AT TIME ZONE 'UTC', at_now + interval '1 microsecond') AS e
                UNION ALL
                SELECT e."ClientId", FALSE, e."At" <= at_before,
                       e."Low", e."Medium", e."High", e."Critical", e."ToldLate", e."OtherMistakes", e."Blame",
                       e."WellHandled", e."PromisesKept", e."CheckInsDone"
                FROM bounds, client_bank_rows(
                    ARRAY(SELECT c.id FROM client AS c
                          WHERE NOT EXISTS (SELECT 1 FROM queued AS q, bounds AS b WHERE q."ClientId" = c.id AND q."Day" = b.before_day)),
                    bounds.before_day::timestamp AT TIME ZONE 'UTC', at_before + interval '1 microsecond') AS e
                UNION ALL
                SELECT e."ClientId", e."At" <= at_now, e."At" <= at_before,
                       e."Low", e."Medium", e."High", e."Critical", e."ToldLate", e."OtherMistakes", e."Blame",
                       e."WellHandled", e."PromisesKept", e."CheckInsDone"
                FROM queued AS q
                CROSS JOIN LATERAL client_bank_rows(ARRAY[q."ClientId"], q."Day"::timestamp AT TIME ZONE 'UTC', (q."Day" + 1)::timestamp AT TIME ZONE 'UTC') AS e
            )
            SELECT client.id,
                   coalesce(sum(p."Low") FILTER (WHERE p.in_now), 0)::int, coalesce(sum(p."Medium") FILTER (WHERE p.in_now), 0)::int,
                   coalesce(sum(p."High") FILTER (WHERE p.in_now), 0)::int, coalesce(sum(p."Critical") FILTER (WHERE p.in_now), 0)::int,
                   coalesce(sum(p."ToldLate") FILTER (WHERE p.in_now), 0)::int, coalesce(sum(p."OtherMistakes") FILTER (WHERE p.in_now), 0)::int,
                   coalesce(sum(p."Blame") FILTER (WHERE p.in_now), 0)::int, coalesce(sum(p."WellHandled") FILTER (WHERE p.in_now), 0)::int,
                   coalesce(sum(p."PromisesKept") FILTER (WHERE p.in_now), 0)::int, coalesce(sum(p."CheckInsDone") FILTER (WHERE p.in_now), 0)::int,
                   coalesce(sum(p."Low") FILTER (WHERE p.in_before), 0)::int, coalesce(sum(p."Medium") FILTER (WHERE p.in_before), 0)::int,
                   coalesce(sum(p."High") FILTER (WHERE p.in_before), 0)::int, coalesce(sum(p."Critical") FILTER (WHERE p.in_before), 0)::int,
                   coalesce(sum(p."ToldLate") FILTER (WHERE p.in_before), 0)::int, coalesce(sum(p."OtherMistakes") FILTER (WHERE p.in_before), 0)::int,
                   coalesce(sum(p."Blame") FILTER (WHERE p.in_before), 0)::int, coalesce(sum(p."WellHandled") FILTER (WHERE p.in_before), 0)::int,
                   coalesce(sum(p."PromisesKept") FILTER (WHERE p.in_before), 0)::int, coalesce(sum(p."CheckInsDone") FILTER (WHERE p.in_before), 0)::int
            FROM client LEFT JOIN parts AS p ON p."ClientId" = client.id
            GROUP BY client.id;
        END $fn$;
        """;

    /// <summary>
    /// Every client's days at the time of the migration, from one call over the whole history (18 s at a million
    /// incidents; one call per client and day took minutes).
    /// </summary>
    public const string Backfill = $"""
        INSERT INTO "ClientBankDays" ("ClientId", "Day", {CountColumns})
        SELECT e."ClientId", (e."At" AT TIME ZONE 'UTC')::date,
               sum(e."Low"), sum(e."Medium"), sum(e."High"), sum(e."Critical"), sum(e."ToldLate"), sum(e."OtherMistakes"),
               sum(e."Blame"), sum(e."WellHandled"), sum(e."PromisesKept"), sum(e."CheckInsDone")
        FROM client_bank_rows(ARRAY(SELECT "Id" FROM "Clients"), '-infinity', 'infinity') AS e
        GROUP BY 1, 2;
        """;

    /// <summary>Inserts the summary rows of the (client, UTC day) pairs of <paramref name="days"/>, a FROM item named k with "ClientId" and "Day".</summary>
    public static string InsertDaysSql(string days) => $"""
        INSERT INTO "ClientBankDays" ("ClientId", "Day", {CountColumns})
        SELECT k."ClientId", k."Day",
               sum(e."Low"), sum(e."Medium"), sum(e."High"), sum(e."Critical"), sum(e."ToldLate"), sum(e."OtherMistakes"),
               sum(e."Blame"), sum(e."WellHandled"), sum(e."PromisesKept"), sum(e."CheckInsDone")
        FROM {days}
        CROSS JOIN LATERAL client_bank_rows(ARRAY[k."ClientId"], k."Day"::timestamp AT TIME ZONE 'UTC', (k."Day" + 1)::timestamp AT TIME ZONE 'UTC') AS e
        GROUP BY k."ClientId", k."Day"
        """;

    /// <summary>Drops what the migration made (after <see cref="ClientBankDayQueueSql.Drop"/>).</summary>
    public const string Drop = """
        DROP TRIGGER IF EXISTS "TR_Incidents_MoveDoneClients" ON "Incidents";
        DROP TRIGGER IF EXISTS "TR_CheckIns_ClientId" ON "CheckIns";
        DROP TRIGGER IF EXISTS "TR_PreventionMeasures_ClientId" ON "PreventionMeasures";
        DROP FUNCTION IF EXISTS client_bank_incident_moved();
        DROP FUNCTION IF EXISTS client_bank_done_client();
        ALTER TABLE "CheckIns" DROP COLUMN IF EXISTS "ClientId";
        ALTER TABLE "PreventionMeasures" DROP COLUMN IF EXISTS "ClientId";
        DROP FUNCTION IF EXISTS client_bank_totals(integer[], timestamp with time zone, timestamp with time zone);
        DROP FUNCTION IF EXISTS client_bank_rows(integer[], timestamp with time zone, timestamp with time zone);
        DROP TABLE IF EXISTS "ClientBankDayChecks";
        DROP TABLE IF EXISTS "ClientBankDays";
        """;
}
