namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The triggers of the DashboardDays migration: every change that moves a figure of <see cref="DashboardDaysSql"/>'s
/// summary queues the (UTC day of discovery, team) of its incident in "DashboardDayChecks", in the same transaction.
/// Triggers rather than handler code for the reasons of <c>ClockCheckSql</c>: no POST pays one more statement and no
/// handler can forget it.
/// </summary>
public static class DashboardDayQueueSql
{
    /// <summary>
    /// Queues the (UTC day, team) of a discovery instant. DO UPDATE rather than DO NOTHING: it waits for a refresh that holds
    /// the row, and queues the day again after it, so a change the refresh could not see is never lost.
    /// </summary>
    public const string CreateQueueFunctions = """
        CREATE FUNCTION dashboard_days_queue(discovered_at timestamp with time zone, team integer) RETURNS void
        LANGUAGE sql AS $fn$
            INSERT INTO "DashboardDayChecks" ("Day", "TeamId") VALUES ((discovered_at AT TIME ZONE 'UTC')::date, COALESCE(team, 0))
            ON CONFLICT ("Day", "TeamId") DO UPDATE SET "Changes" = "DashboardDayChecks"."Changes" + 1;
        $fn$;

        CREATE FUNCTION dashboard_days_queue_incident() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM dashboard_days_queue(NEW."DiscoveredAt", NEW."TeamId");
            IF TG_OP = 'UPDATE' AND (OLD."DiscoveredAt" IS DISTINCT FROM NEW."DiscoveredAt" OR OLD."TeamId" IS DISTINCT FROM NEW."TeamId") THEN
                PERFORM dashboard_days_queue(OLD."DiscoveredAt", OLD."TeamId");
            END IF;
            RETURN NULL;
        END $fn$;

        CREATE FUNCTION dashboard_days_queue_child() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE incident_id bigint;
        BEGIN
            IF TG_OP = 'DELETE' THEN incident_id := OLD."IncidentId"; ELSE incident_id := NEW."IncidentId"; END IF;
            PERFORM dashboard_days_queue(i."DiscoveredAt", i."TeamId") FROM "Incidents" i WHERE i."Id" = incident_id;
            RETURN NULL;
        END $fn$;
        """;

    /// <summary>
    /// The triggers: an incident's dashboard columns (its stage, owner, team, client, kind, promiser, discovery), its
    /// figures row, its retro's root cause, its prevention measures, its running stage clocks (the sweep rewrites them when
    /// it reads the incident) and their breaches.
    /// </summary>
    public const string CreateTriggers = """
        CREATE TRIGGER "TR_Incidents_QueueDashboardDayInsert" AFTER INSERT ON "Incidents"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_incident();
        CREATE TRIGGER "TR_Incidents_QueueDashboardDayUpdate" AFTER UPDATE ON "Incidents"
            FOR EACH ROW WHEN (OLD."Stage" IS DISTINCT FROM NEW."Stage" OR OLD."OwnerId" IS DISTINCT FROM NEW."OwnerId"
                OR OLD."TeamId" IS DISTINCT FROM NEW."TeamId" OR OLD."ClientId" IS DISTINCT FROM NEW."ClientId"
                OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR OLD."PromisedBy" IS DISTINCT FROM NEW."PromisedBy"
                OR OLD."DiscoveredAt" IS DISTINCT FROM NEW."DiscoveredAt")
            EXECUTE FUNCTION dashboard_days_queue_incident();
        CREATE TRIGGER "TR_IncidentFigures_QueueDashboardDay" AFTER INSERT OR UPDATE OR DELETE ON "IncidentFigures"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();
        CREATE TRIGGER "TR_IncidentRetros_QueueDashboardDay" AFTER INSERT OR DELETE OR UPDATE OF "RootCauseCategory" ON "IncidentRetros"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();
        CREATE TRIGGER "TR_PreventionMeasures_QueueDashboardDay" AFTER INSERT OR UPDATE OR DELETE ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();
        CREATE TRIGGER "TR_RunningClocks_QueueDashboardDay" AFTER INSERT OR DELETE ON "RunningClocks"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();
        CREATE TRIGGER "TR_RunningClocks_QueueDashboardDayUpdate" AFTER UPDATE ON "RunningClocks"
            FOR EACH ROW WHEN (OLD."Kind" IS DISTINCT FROM NEW."Kind" OR OLD."Subject" IS DISTINCT FROM NEW."Subject"
                OR (OLD."State" = 'Paused') IS DISTINCT FROM (NEW."State" = 'Paused')
                OR OLD."WarnsAt" IS DISTINCT FROM NEW."WarnsAt" OR OLD."DueAt" IS DISTINCT FROM NEW."DueAt")
            EXECUTE FUNCTION dashboard_days_queue_child();
        CREATE TRIGGER "TR_ClockEvents_QueueDashboardDay" AFTER INSERT ON "ClockEvents"
            FOR EACH ROW WHEN (NEW."Subject" = 'Stage' AND NEW."Event" = 'Breached')
            EXECUTE FUNCTION dashboard_days_queue_child();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "TR_ClockEvents_QueueDashboardDay" ON "ClockEvents";
        DROP TRIGGER IF EXISTS "TR_RunningClocks_QueueDashboardDayUpdate" ON "RunningClocks";
        DROP TRIGGER IF EXISTS "TR_RunningClocks_QueueDashboardDay" ON "RunningClocks";
        DROP TRIGGER IF EXISTS "TR_PreventionMeasures_QueueDashboardDay" ON "PreventionMeasures";
        DROP TRIGGER IF EXISTS "TR_IncidentRetros_QueueDashboardDay" ON "IncidentRetros";
        DROP TRIGGER IF EXISTS "TR_IncidentFigures_QueueDashboardDay" ON "IncidentFigures";
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueDashboardDayUpdate" ON "Incidents";
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueDashboardDayInsert" ON "Incidents";
        DROP FUNCTION IF EXISTS dashboard_days_queue_child();
        DROP FUNCTION IF EXISTS dashboard_days_queue_incident();
        DROP FUNCTION IF EXISTS dashboard_days_queue(timestamp with time zone, integer);
        """;
}
