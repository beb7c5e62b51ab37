namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// The SQL the ClockHistory migration runs: triggers that queue an incident's clock check whenever the incident or its
/// team's clock settings change, and the backfill of the incidents that already exist. Triggers rather than handler
/// code because every POST that changes an incident would otherwise need one more statement (the page budgets count
/// them), and no handler can forget one. The queued time is the incident's LastChangedAt, never now(): the app's clock
/// (a TimeProvider) decides what is due, and LEAST keeps an earlier check that has not run yet.
/// </summary>
public static class ClockCheckSql
{
    /// <summary>Queues the incident on every insert and update (a wait on the client recorded or ended updates it too).</summary>
    public const string QueueIncident = """
        CREATE FUNCTION clock_checks_queue_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "ClockChecks" ("IncidentId", "CheckAt") VALUES (NEW."Id", NEW."LastChangedAt")
            ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("ClockChecks"."CheckAt", EXCLUDED."CheckAt");
            RETURN NULL;
        END $$;
        CREATE TRIGGER "TR_Incidents_QueueClockCheck" AFTER INSERT OR UPDATE ON "Incidents"
            FOR EACH ROW EXECUTE FUNCTION clock_checks_queue_incident();
        """;

    /// <summary>
    /// Re-queues a team's open incidents (through the partial index of open incidents per team) and its finished ones that
    /// are still queued (an open check-in or measure) when its clock settings are saved.
    /// </summary>
    public const string QueueTeam = """
        CREATE FUNCTION clock_checks_queue_team() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "ClockChecks" ("IncidentId", "CheckAt")
            SELECT i."Id", i."LastChangedAt" FROM "Incidents" i
            WHERE i."TeamId" = NEW."TeamId" AND i."Stage" <> 'Closed' AND i."Stage" <> 'NotApplicable'
            ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("ClockChecks"."CheckAt", EXCLUDED."CheckAt");
            UPDATE "ClockChecks" c SET "CheckAt" = LEAST(c."CheckAt", i."LastChangedAt")
            FROM "Incidents" i WHERE i."Id" = c."IncidentId" AND i."TeamId" = NEW."TeamId";
            RETURN NULL;
        END $$;
        CREATE TRIGGER "TR_TeamClockSettings_QueueClockChecks" AFTER INSERT OR UPDATE ON "TeamClockSettings"
            FOR EACH ROW EXECUTE FUNCTION clock_checks_queue_team();
        """;

    /// <summary>Re-queues a client's open incidents when its own target days (its SLA) change; the ClockChecksFollowClientSla migration runs it.</summary>
    public const string QueueClient = """
        CREATE FUNCTION clock_checks_queue_client() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "ClockChecks" ("IncidentId", "CheckAt")
            SELECT i."Id", i."LastChangedAt" FROM "Incidents" i
            WHERE i."ClientId" = NEW."Id" AND i."Stage" <> 'Closed' AND i."Stage" <> 'NotApplicable'
            ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("ClockChecks"."CheckAt", EXCLUDED."CheckAt");
            RETURN NULL;
        END $$;
        CREATE TRIGGER "TR_Clients_QueueClockChecks"
            AFTER UPDATE OF "SlaTellClientDays", "SlaHoldCallDays", "SlaSendRecapDays", "SlaSubmitRetroDays", "SlaLegalReviewDays" ON "Clients"
            FOR EACH ROW EXECUTE FUNCTION clock_checks_queue_client();
        """;

    public const string DropQueueClient = """
        DROP TRIGGER IF EXISTS "TR_Clients_QueueClockChecks" ON "Clients";
        DROP FUNCTION IF EXISTS clock_checks_queue_client();
        """;

    /// <summary>Every incident that can still warn or breach: not finished, or with an open check-in or measure.</summary>
    public const string Backfill = """
        INSERT INTO "ClockChecks" ("IncidentId", "CheckAt")
        SELECT i."Id", i."LastChangedAt" FROM "Incidents" i
        WHERE i."FinishedAt" IS NULL
            OR EXISTS (SELECT 1 FROM "CheckIns" c WHERE c."IncidentId" = i."Id" AND NOT c."IsDone" AND c."CancelledAt" IS NULL)
            OR EXISTS (SELECT 1 FROM "PreventionMeasures" m WHERE m."IncidentId" = i."Id" AND m."Status" <> 'Done');
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "TR_TeamClockSettings_QueueClockChecks" ON "TeamClockSettings";
        DROP FUNCTION IF EXISTS clock_checks_queue_team();
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueClockCheck" ON "Incidents";
        DROP FUNCTION IF EXISTS clock_checks_queue_incident();
        """;
}
