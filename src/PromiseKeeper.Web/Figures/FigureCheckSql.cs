namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL the IncidentFiguresQueue migration runs: triggers that queue an incident's figures whenever the incident or its
/// client's loyalty changes, and the backfill of the incidents that already exist. Triggers rather than handler code for the
/// reasons of <c>ClockCheckSql</c>: no POST pays one more statement and no handler can forget it. Every change a figure
/// depends on (the record, the conversation, the offer, the texts sent and their blame findings, the stage) goes through a
/// domain method that sets the incident's LastChangedAt, so the incident row is updated with it. The queued time is that
/// LastChangedAt, never now(): the app's clock decides what is due, and LEAST keeps an earlier check that has not run yet.
/// </summary>
public static class FigureCheckSql
{
    /// <summary>Queues the incident on every insert and update.</summary>
    public const string QueueIncident = """
        CREATE FUNCTION figure_checks_queue_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "FigureChecks" ("IncidentId", "CheckAt") VALUES (NEW."Id", NEW."LastChangedAt")
            ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("FigureChecks"."CheckAt", EXCLUDED."CheckAt");
            RETURN NULL;
        END $$;
        CREATE TRIGGER "TR_Incidents_QueueFigureCheck" AFTER INSERT OR UPDATE ON "Incidents"
            FOR EACH ROW EXECUTE FUNCTION figure_checks_queue_incident();
        """;

    /// <summary>
    /// Re-queues every incident of a client (open or finished: severity reads the client's loyalty as it is now, as the
    /// incident page does) when its loyalty changes, along the index on the client's incidents.
    /// </summary>
    public const string QueueClient = """
        CREATE FUNCTION figure_checks_queue_client() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Loyalty" IS DISTINCT FROM OLD."Loyalty" THEN
                INSERT INTO "FigureChecks" ("IncidentId", "CheckAt")
                SELECT i."Id", i."LastChangedAt" FROM "Incidents" i WHERE i."ClientId" = NEW."Id"
                ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("FigureChecks"."CheckAt", EXCLUDED."CheckAt");
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "TR_Clients_QueueFigureChecks" AFTER UPDATE OF "Loyalty" ON "Clients"
            FOR EACH ROW EXECUTE FUNCTION figure_checks_queue_client();
        """;

    /// <summary>Every incident there is: none has its figures yet.</summary>
    public const string Backfill = """
        INSERT INTO "FigureChecks" ("IncidentId", "CheckAt")
        SELECT i."Id", i."LastChangedAt" FROM "Incidents" i
        ON CONFLICT ("IncidentId") DO NOTHING;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "TR_Clients_QueueFigureChecks" ON "Clients";
        DROP FUNCTION IF EXISTS figure_checks_queue_client();
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueFigureCheck" ON "Incidents";
        DROP FUNCTION IF EXISTS figure_checks_queue_incident();
        """;
}
