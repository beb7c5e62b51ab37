namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The triggers of the ClientBankDays migration: every change that moves a count of <see cref="ClientBankDaysSql"/>'s
/// summary queues the (client, UTC day) it changes in "ClientBankDayChecks", in the same transaction, before and after the
/// change (an incident's discovery and closing days, a measure's or check-in's completion day). Triggers for the reasons
/// of <see cref="DashboardDayQueueSql"/>: no POST pays one more statement and no handler can forget it.
/// </summary>
public static class ClientBankDayQueueSql
{
    /// <summary>
    /// Queues the (client, UTC day) of an instant; nothing when either is unknown. DO UPDATE rather than DO NOTHING: it waits
    /// for a refresh that holds the row and queues the day again after it, so a change the refresh could not see is never lost.
    /// </summary>
    public const string CreateQueueFunctions = """
        CREATE FUNCTION client_bank_days_queue(client integer, at timestamp with time zone) RETURNS void
        LANGUAGE sql AS $fn$
            INSERT INTO "ClientBankDayChecks" ("ClientId", "Day")
            SELECT client, (at AT TIME ZONE 'UTC')::date WHERE client IS NOT NULL AND at IS NOT NULL
            ON CONFLICT ("ClientId", "Day") DO UPDATE SET "Changes" = "ClientBankDayChecks"."Changes" + 1;
        $fn$;

        CREATE FUNCTION client_bank_days_queue_incident() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP <> 'DELETE' THEN
                PERFORM client_bank_days_queue(NEW."ClientId", NEW."DiscoveredAt");
                PERFORM client_bank_days_queue(NEW."ClientId", NEW."FinishedAt");
            END IF;
            IF TG_OP <> 'INSERT' THEN
                PERFORM client_bank_days_queue(OLD."ClientId", OLD."DiscoveredAt");
                PERFORM client_bank_days_queue(OLD."ClientId", OLD."FinishedAt");
            END IF;
            -- Its measures' and check-ins' deposits follow the incident's client, and stop when it did not apply.
            IF TG_OP = 'UPDATE' AND (OLD."ClientId" IS DISTINCT FROM NEW."ClientId"
                    OR (OLD."Stage" = 'NotApplicable') IS DISTINCT FROM (NEW."Stage" = 'NotApplicable')) THEN
                PERFORM client_bank_days_queue(c.id, d."DoneAt")
                FROM (SELECT m."DoneAt" FROM "PreventionMeasures" AS m WHERE m."IncidentId" = NEW."Id" AND m."Status" = 'Done'
                      UNION ALL
                      SELECT k."DoneAt" FROM "CheckIns" AS k WHERE k."IncidentId" = NEW."Id" AND k."IsDone") AS d,
                     unnest(ARRAY[OLD."ClientId", NEW."ClientId"]) AS c(id);
            END IF;
            RETURN NULL;
        END $fn$;

        CREATE FUNCTION client_bank_days_queue_incident_part() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE incident_id bigint;
        BEGIN
            IF TG_OP = 'DELETE' THEN incident_id := OLD."IncidentId"; ELSE incident_id := NEW."IncidentId"; END IF;
            PERFORM client_bank_days_queue(i."ClientId", i."DiscoveredAt"), client_bank_days_queue(i."ClientId", i."FinishedAt")
            FROM "Incidents" i WHERE i."Id" = incident_id;
            RETURN NULL;
        END $fn$;

        CREATE FUNCTION client_bank_days_queue_done() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP <> 'DELETE' THEN
                PERFORM client_bank_days_queue(i."ClientId", NEW."DoneAt") FROM "Incidents" i WHERE i."Id" = NEW."IncidentId";
            END IF;
            IF TG_OP <> 'INSERT' THEN
                PERFORM client_bank_days_queue(i."ClientId", OLD."DoneAt") FROM "Incidents" i WHERE i."Id" = OLD."IncidentId";
            END IF;
            RETURN NULL;
        END $fn$;
        """;

    /// <summary>
    /// The triggers: an incident's client, discovery, stage or closing (with its measures' and check-ins' days when its client
    /// changes or it stops or starts to apply); its figures (severity, mistakes, blame findings);
    /// its conversation (the offer's answer); its measures' and check-ins' completion (a row deleted with its incident
    /// included).
    /// </summary>
    public const string CreateTriggers = """
        CREATE TRIGGER "TR_Incidents_QueueClientBankDay" AFTER INSERT OR DELETE ON "Incidents"
            FOR EACH ROW EXECUTE FUNCTION client_bank_days_queue_incident();
        CREATE TRIGGER "TR_Incidents_QueueClientBankDayUpdate" AFTER UPDATE ON "Incidents"
            FOR EACH ROW WHEN (OLD."ClientId" IS DISTINCT FROM NEW."ClientId" OR OLD."DiscoveredAt" IS DISTINCT FROM NEW."DiscoveredAt"
                OR OLD."Stage" IS DISTINCT FROM NEW."Stage" OR OLD."FinishedAt" IS DISTINCT FROM NEW."FinishedAt")
            EXECUTE FUNCTION client_bank_days_queue_incident();
        CREATE TRIGGER "TR_IncidentFigures_QueueClientBankDay" AFTER INSERT OR DELETE ON "IncidentFigures"
            FOR EACH ROW EXECUTE FUNCTION client_bank_days_queue_incident_part();
        CREATE TRIGGER "TR_IncidentFigures_QueueClientBankDayUpdate" AFTER UPDATE ON "IncidentFigures"
            FOR EACH ROW WHEN (OLD."Severity" IS DISTINCT FROM NEW."Severity" OR OLD."MistakeA" IS DISTINCT FROM NEW."MistakeA"
                OR OLD."MistakeCount" IS DISTINCT FROM NEW."MistakeCount" OR OLD."BlameFindingsSent" IS DISTINCT FROM NEW."BlameFindingsSent")
            EXECUTE FUNCTION client_bank_days_queue_incident_part();
        CREATE TRIGGER "TR_IncidentConversations_QueueClientBankDay" AFTER INSERT OR DELETE ON "IncidentConversations"
            FOR EACH ROW EXECUTE FUNCTION client_bank_days_queue_incident_part();
        CREATE TRIGGER "TR_IncidentConversations_QueueClientBankDayUpdate" AFTER UPDATE ON "IncidentConversations"
            FOR EACH ROW WHEN (OLD."OfferResponse" IS DISTINCT FROM NEW."OfferResponse")
            EXECUTE FUNCTION client_bank_days_queue_incident_part();
        CREATE TRIGGER "TR_PreventionMeasures_QueueClientBankDay" AFTER INSERT OR DELETE ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION client_bank_days_queue_done();
        CREATE TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate" AFTER UPDATE ON "PreventionMeasures"
            FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."DoneAt" IS DISTINCT FROM NEW."DoneAt"
                OR OLD."DueOn" IS DISTINCT FROM NEW."DueOn")
            EXECUTE FUNCTION client_bank_days_queue_done();
        CREATE TRIGGER "TR_CheckIns_QueueClientBankDay" AFTER INSERT OR DELETE ON "CheckIns"
            FOR EACH ROW EXECUTE FUNCTION client_bank_days_queue_done();
        CREATE TRIGGER "TR_CheckIns_QueueClientBankDayUpdate" AFTER UPDATE ON "CheckIns"
            FOR EACH ROW WHEN (OLD."IsDone" IS DISTINCT FROM NEW."IsDone" OR OLD."DoneAt" IS DISTINCT FROM NEW."DoneAt")
            EXECUTE FUNCTION client_bank_days_queue_done();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "TR_CheckIns_QueueClientBankDayUpdate" ON "CheckIns";
        DROP TRIGGER IF EXISTS "TR_CheckIns_QueueClientBankDay" ON "CheckIns";
        DROP TRIGGER IF EXISTS "TR_PreventionMeasures_QueueClientBankDayUpdate" ON "PreventionMeasures";
        DROP TRIGGER IF EXISTS "TR_PreventionMeasures_QueueClientBankDay" ON "PreventionMeasures";
        DROP TRIGGER IF EXISTS "TR_IncidentConversations_QueueClientBankDayUpdate" ON "IncidentConversations";
        DROP TRIGGER IF EXISTS "TR_IncidentConversations_QueueClientBankDay" ON "IncidentConversations";
        DROP TRIGGER IF EXISTS "TR_IncidentFigures_QueueClientBankDayUpdate" ON "IncidentFigures";
        DROP TRIGGER IF EXISTS "TR_IncidentFigures_QueueClientBankDay" ON "IncidentFigures";
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueClientBankDayUpdate" ON "Incidents";
        DROP TRIGGER IF EXISTS "TR_Incidents_QueueClientBankDay" ON "Incidents";
        DROP FUNCTION IF EXISTS client_bank_days_queue_done();
        DROP FUNCTION IF EXISTS client_bank_days_queue_incident_part();
        DROP FUNCTION IF EXISTS client_bank_days_queue_incident();
        DROP FUNCTION IF EXISTS client_bank_days_queue(integer, timestamp with time zone);
        """;
}
