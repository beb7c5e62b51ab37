namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL of the MeasureDoneOnTime migration: whether a prevention measure was done on time, judged by the date of its
/// completion in its incident's team's calendar zone (<see cref="Data.TeamClockSettings"/>; UTC for a team without one),
/// kept on the measure as "DoneOnTime" (outside the EF model: no handler writes it) for the emotional bank account's
/// "promise kept" (<see cref="ClientBankDaysSql"/>). Before, the UTC date decided: in Los Angeles a measure done after
/// 16:00 on its due date counted as late, and in Ljubljana one done just after midnight, already late there, as on time.
/// </summary>
/// <remarks>
/// Triggers keep it current whatever changes the verdict: the measure's status, completion or due date (before the row is
/// written), its incident's team, and the team's zone. A change of the column queues the (client, UTC day) of the
/// completion like any other change of the account (<see cref="ClientBankDayQueueSql"/>), so only days whose verdict
/// changed are rebuilt. The dashboard does not read the column, and its queue trigger now fires only for the columns it
/// reads, so a zone change does not queue every day of the team's history.
/// </remarks>
public static class MeasureDoneOnTimeSql
{
    /// <summary>The verdict on the row written as <paramref name="row"/> (NEW or a table alias) in <paramref name="zone"/>.</summary>
    private static string OnTime(string row, string zone) =>
        $"""measure_done_on_time({row}."Status", {row}."DoneAt", {row}."DueOn", {zone})""";

    /// <summary>
    /// Sets the verdict in the variable zone of the measures done that <paramref name="where"/> selects (m, with the tables of
    /// <paramref name="from"/>) where it differs; each one updated queues its day for the bank account. A join, not a list of
    /// incidents: a team's zone may decide for most of the measures.
    /// </summary>
    private static string Rejudge(string from, string where) => $"""
        UPDATE "PreventionMeasures" AS m SET "DoneOnTime" = {OnTime("m", "zone")}
                    {from}
                    WHERE {where} AND m."Status" = 'Done' AND m."DoneOnTime" IS DISTINCT FROM {OnTime("m", "zone")};
        """;

    /// <summary>
    /// The old rule, the UTC date, as the summary days were built before this migration (and after its Down): the days where
    /// the two rules disagree are queued both ways.
    /// </summary>
    private const string QueueDaysWhereTheRulesDisagree = """
        INSERT INTO "ClientBankDayChecks" ("ClientId", "Day")
        SELECT DISTINCT m."ClientId", (m."DoneAt" AT TIME ZONE 'UTC')::date
        FROM "PreventionMeasures" AS m
        WHERE m."Status" = 'Done' AND m."ClientId" IS NOT NULL AND m."DoneAt" IS NOT NULL
          AND m."DoneOnTime" IS DISTINCT FROM ((m."DoneAt" AT TIME ZONE 'UTC')::date <= m."DueOn")
        ON CONFLICT ("ClientId", "Day") DO UPDATE SET "Changes" = "ClientBankDayChecks"."Changes" + 1;
        """;

    public static readonly string Up = $$"""
        -- A zone id PostgreSQL does not know (its tz database older than NodaTime's, which the settings page checks
        -- against) counts as UTC rather than failing the write that asked.
        CREATE FUNCTION known_zone_or_utc(zone text) RETURNS text LANGUAGE plpgsql STABLE AS $fn$
        BEGIN
            IF zone IS NULL OR zone = '' THEN RETURN 'UTC'; END IF;
            PERFORM now() AT TIME ZONE zone;
            RETURN zone;
        EXCEPTION WHEN invalid_parameter_value THEN
            RETURN 'UTC';
        END $fn$;

        CREATE FUNCTION measure_done_on_time(status text, done_at timestamp with time zone, due_on date, zone text)
        RETURNS boolean LANGUAGE sql STABLE AS $fn$
            SELECT coalesce(status = 'Done' AND (done_at AT TIME ZONE zone)::date <= due_on, FALSE);
        $fn$;

        CREATE FUNCTION incident_team_zone(incident bigint) RETURNS text LANGUAGE sql STABLE AS $fn$
            SELECT known_zone_or_utc((SELECT s."TimeZoneId" FROM "Incidents" AS i JOIN "TeamClockSettings" AS s ON s."TeamId" = i."TeamId"
                                      WHERE i."Id" = incident));
        $fn$;

        ALTER TABLE "PreventionMeasures" ADD COLUMN "DoneOnTime" boolean NOT NULL DEFAULT FALSE;

        -- The dashboard reads a measure's incident, status, due date and completion: an update of anything else (its
        -- description, owner, the verdict below) changes none of its figures.
        DROP TRIGGER "TR_PreventionMeasures_QueueDashboardDay" ON "PreventionMeasures";
        CREATE TRIGGER "TR_PreventionMeasures_QueueDashboardDay"
            AFTER INSERT OR DELETE OR UPDATE OF "IncidentId", "Status", "DueOn", "DoneAt" ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();

        -- The verdict of every measure done, in its team's zone, without queuing: the summary days still count by the old rule,
        -- and the days where the two disagree are queued once, below.
        ALTER TABLE "PreventionMeasures" DISABLE TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate";
        UPDATE "PreventionMeasures" AS m SET "DoneOnTime" = TRUE
        FROM "Incidents" AS i
        LEFT JOIN (SELECT s."TeamId", known_zone_or_utc(s."TimeZoneId") AS zone FROM "TeamClockSettings" AS s) AS z ON z."TeamId" = i."TeamId"
        WHERE i."Id" = m."IncidentId" AND {{OnTime("m", "coalesce(z.zone, 'UTC')")}};
        ALTER TABLE "PreventionMeasures" ENABLE TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate";
        {{QueueDaysWhereTheRulesDisagree}}

        CREATE FUNCTION measure_done_on_time_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            NEW."DoneOnTime" := {{OnTime("NEW", "incident_team_zone(NEW.\"IncidentId\")")}};
            RETURN NEW;
        END $fn$;
        CREATE TRIGGER "TR_PreventionMeasures_DoneOnTime"
            BEFORE INSERT OR UPDATE OF "IncidentId", "Status", "DueOn", "DoneAt" ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION measure_done_on_time_row();

        CREATE FUNCTION measure_done_on_time_incident_team() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE zone text := incident_team_zone(NEW."Id");
        BEGIN
            {{Rejudge("", "m.\"IncidentId\" = NEW.\"Id\"")}}
            RETURN NULL;
        END $fn$;
        CREATE TRIGGER "TR_Incidents_MeasuresDoneOnTime" AFTER UPDATE OF "TeamId" ON "Incidents"
            FOR EACH ROW WHEN (OLD."TeamId" IS DISTINCT FROM NEW."TeamId")
            EXECUTE FUNCTION measure_done_on_time_incident_team();

        CREATE FUNCTION measure_done_on_time_team_zone() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE team integer; zone text;
        BEGIN
            IF TG_OP = 'DELETE' THEN team := OLD."TeamId"; zone := 'UTC';
            ELSE team := NEW."TeamId"; zone := known_zone_or_utc(NEW."TimeZoneId");
            END IF;
            {{Rejudge("FROM \"Incidents\" AS i", "i.\"TeamId\" = team AND m.\"IncidentId\" = i.\"Id\"")}}
            RETURN NULL;
        END $fn$;
        CREATE TRIGGER "TR_TeamClockSettings_MeasuresDoneOnTime" AFTER INSERT OR DELETE ON "TeamClockSettings"
            FOR EACH ROW EXECUTE FUNCTION measure_done_on_time_team_zone();
        CREATE TRIGGER "TR_TeamClockSettings_MeasuresDoneOnTimeUpdate" AFTER UPDATE OF "TimeZoneId" ON "TeamClockSettings"
            FOR EACH ROW WHEN (OLD."TimeZoneId" IS DISTINCT FROM NEW."TimeZoneId")
            EXECUTE FUNCTION measure_done_on_time_team_zone();

        -- The queue trigger also answers to the verdict.
        DROP TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate" ON "PreventionMeasures";
        CREATE TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate" AFTER UPDATE ON "PreventionMeasures"
            FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."DoneAt" IS DISTINCT FROM NEW."DoneAt"
                OR OLD."DueOn" IS DISTINCT FROM NEW."DueOn" OR OLD."DoneOnTime" IS DISTINCT FROM NEW."DoneOnTime")
            EXECUTE FUNCTION client_bank_days_queue_done();

        -- The kept promises of a client, by completion: the verdict replaces the due date in the index.
        DROP INDEX "IX_PreventionMeasures_Done_ClientId_DoneAt";
        CREATE INDEX "IX_PreventionMeasures_DoneOnTime_ClientId_DoneAt" ON "PreventionMeasures" ("ClientId", "DoneAt")
            INCLUDE ("IncidentId") WHERE "DoneOnTime";
        {{ClientBankDaysSql.RowsFunction("CREATE OR REPLACE FUNCTION", ClientBankDaysSql.KeptByTheTeamsZone)}}
        """;

    public static readonly string Down = $$"""
        {{ClientBankDaysSql.RowsFunction("CREATE OR REPLACE FUNCTION", ClientBankDaysSql.KeptByTheUtcDate)}}
        DROP INDEX "IX_PreventionMeasures_DoneOnTime_ClientId_DoneAt";
        CREATE INDEX "IX_PreventionMeasures_Done_ClientId_DoneAt" ON "PreventionMeasures" ("ClientId", "DoneAt")
            INCLUDE ("IncidentId", "DueOn") WHERE "Status" = 'Done';
        DROP TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate" ON "PreventionMeasures";
        CREATE TRIGGER "TR_PreventionMeasures_QueueClientBankDayUpdate" AFTER UPDATE ON "PreventionMeasures"
            FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."DoneAt" IS DISTINCT FROM NEW."DoneAt"
                OR OLD."DueOn" IS DISTINCT FROM NEW."DueOn")
            EXECUTE FUNCTION client_bank_days_queue_done();
        DROP TRIGGER "TR_TeamClockSettings_MeasuresDoneOnTimeUpdate" ON "TeamClockSettings";
        DROP TRIGGER "TR_TeamClockSettings_MeasuresDoneOnTime" ON "TeamClockSettings";
        DROP TRIGGER "TR_Incidents_MeasuresDoneOnTime" ON "Incidents";
        DROP TRIGGER "TR_PreventionMeasures_DoneOnTime" ON "PreventionMeasures";
        DROP FUNCTION measure_done_on_time_team_zone();
        DROP FUNCTION measure_done_on_time_incident_team();
        DROP FUNCTION measure_done_on_time_row();
        {{QueueDaysWhereTheRulesDisagree}}
        DROP TRIGGER "TR_PreventionMeasures_QueueDashboardDay" ON "PreventionMeasures";
        CREATE TRIGGER "TR_PreventionMeasures_QueueDashboardDay" AFTER INSERT OR UPDATE OR DELETE ON "PreventionMeasures"
            FOR EACH ROW EXECUTE FUNCTION dashboard_days_queue_child();
        ALTER TABLE "PreventionMeasures" DROP COLUMN "DoneOnTime";
        DROP FUNCTION incident_team_zone(bigint);
        DROP FUNCTION measure_done_on_time(text, timestamp with time zone, date, text);
        DROP FUNCTION known_zone_or_utc(text);
        """;
}
