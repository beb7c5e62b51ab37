using Microsoft.EntityFrameworkCore.Migrations;

namespace PromiseKeeper.Web.Search;

/// <summary>
/// The database side of full-text search (docs/adr/0025): the Slovenian configuration (simple plus unaccent), the function
/// that rebuilds one incident's search row, and the triggers that call it on every change of a column it reads.
/// </summary>
public static class IncidentSearchSql
{
    public const string Table = "IncidentSearch";

    /// <summary>Slovenian has no stemmer in PostgreSQL: whole words, with accents removed on both sides (č = c).</summary>
    public const string SlovenianConfig = "simple_unaccent";

    /// <summary>The configurations a search query is parsed in, OR-ed, so one GIN index serves every language.</summary>
    public static readonly IReadOnlyList<string> Configs = ["english", "russian", SlovenianConfig];

    /// <summary>
    /// An incident's weighted words in its client's configuration (s.config): summary (A), promise and contract reference
    /// (B), contact, conversation notes and origin findings (C), pasted evidence (D).
    /// </summary>
    private const string Words = """
        setweight(to_tsvector(s.config::regconfig, coalesce(i."Summary", '')), 'A')
            || setweight(to_tsvector(s.config::regconfig, concat_ws(' ', i."PromiseDescription", i."ContractReference")), 'B')
            || setweight(to_tsvector(s.config::regconfig, concat_ws(' ', i."ContactName", c."Notes", i."OriginFindings")), 'C')
            || setweight(to_tsvector(s.config::regconfig, coalesce(
                   (SELECT string_agg(e."PastedText", ' ') FROM "EvidenceItems" e WHERE e."IncidentId" = i."Id"), '')), 'D')
        """;

    /// <summary>The search row of one incident, as the IncidentSearch migration wrote it (before the keys were copied).</summary>
    private const string RefreshWithoutKeys = $"""
        CREATE OR REPLACE FUNCTION incident_search_refresh(incident bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "IncidentSearch" ("IncidentId", "Config", "Vector")
            SELECT i."Id", s.config,
                   {Words}
            FROM "Incidents" i
            CROSS JOIN LATERAL (SELECT incident_search_config(cl."Language") AS config FROM "Clients" cl WHERE cl."Id" = i."ClientId") s
            LEFT JOIN "IncidentConversations" c ON c."IncidentId" = i."Id"
            WHERE i."Id" = incident
            ON CONFLICT ("IncidentId") DO UPDATE SET "Config" = EXCLUDED."Config", "Vector" = EXCLUDED."Vector";
        END
        $$;
        """;

    /// <summary>
    /// The search row of one incident with the incident's discovery time, owner and team beside its words (migration
    /// IncidentSearchKeys): a search then finds the newest matches a user may see in the search table alone.
    /// </summary>
    private const string RefreshWithKeys = $"""
        CREATE OR REPLACE FUNCTION incident_search_refresh(incident bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "IncidentSearch" ("IncidentId", "Config", "Vector", "DiscoveredAt", "OwnerId", "TeamId")
            SELECT i."Id", s.config,
                   {Words},
                   i."DiscoveredAt", i."OwnerId", i."TeamId"
            FROM "Incidents" i
            CROSS JOIN LATERAL (SELECT incident_search_config(cl."Language") AS config FROM "Clients" cl WHERE cl."Id" = i."ClientId") s
            LEFT JOIN "IncidentConversations" c ON c."IncidentId" = i."Id"
            WHERE i."Id" = incident
            ON CONFLICT ("IncidentId") DO UPDATE SET "Config" = EXCLUDED."Config", "Vector" = EXCLUDED."Vector",
                "DiscoveredAt" = EXCLUDED."DiscoveredAt", "OwnerId" = EXCLUDED."OwnerId", "TeamId" = EXCLUDED."TeamId";
        END
        $$;
        """;

    /// <summary>
    /// Run after the IncidentSearchKeys migration added the columns: fills them, writes them on every refresh, and copies
    /// them again when a reassignment, a team change or a correction of the discovery time changes them (the words stay).
    /// </summary>
    private const string CreateKeys = $$"""
        UPDATE "IncidentSearch" s SET "DiscoveredAt" = i."DiscoveredAt", "OwnerId" = i."OwnerId", "TeamId" = i."TeamId"
        FROM "Incidents" i WHERE i."Id" = s."IncidentId";

        {{RefreshWithKeys}}

        CREATE FUNCTION incident_search_on_incident_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "IncidentSearch" SET "DiscoveredAt" = NEW."DiscoveredAt", "OwnerId" = NEW."OwnerId", "TeamId" = NEW."TeamId"
            WHERE "IncidentId" = NEW."Id";
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER incident_search_incident_keys AFTER UPDATE OF "DiscoveredAt", "OwnerId", "TeamId" ON "Incidents" FOR EACH ROW
            WHEN (OLD."DiscoveredAt" IS DISTINCT FROM NEW."DiscoveredAt" OR OLD."OwnerId" IS DISTINCT FROM NEW."OwnerId"
                  OR OLD."TeamId" IS DISTINCT FROM NEW."TeamId")
            EXECUTE FUNCTION incident_search_on_incident_keys();
        """;

    private const string DropKeys = $"""
        DROP TRIGGER IF EXISTS incident_search_incident_keys ON "Incidents";
        DROP FUNCTION IF EXISTS incident_search_on_incident_keys();
        {RefreshWithoutKeys}
        """;

    private const string Create = $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = pg_catalog.simple);
        ALTER TEXT SEARCH CONFIGURATION simple_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

        CREATE FUNCTION incident_search_config(language text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
            SELECT CASE language WHEN 'ru' THEN 'russian' WHEN 'sl' THEN 'simple_unaccent' ELSE 'english' END
        $$;

        {RefreshWithoutKeys}

        CREATE FUNCTION incident_search_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM incident_search_refresh(NEW."Id");
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION incident_search_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                PERFORM incident_search_refresh(OLD."IncidentId");
            END IF;
            IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."IncidentId" <> OLD."IncidentId") THEN
                PERFORM incident_search_refresh(NEW."IncidentId");
            END IF;
            RETURN NULL;
        END
        $$;

        CREATE FUNCTION incident_search_on_client() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM incident_search_refresh(i."Id") FROM "Incidents" i WHERE i."ClientId" = NEW."Id";
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER incident_search_incident AFTER INSERT OR UPDATE OF "Summary", "PromiseDescription", "ContractReference", "ContactName", "OriginFindings", "ClientId"
            ON "Incidents" FOR EACH ROW EXECUTE FUNCTION incident_search_on_incident();
        CREATE TRIGGER incident_search_conversation AFTER INSERT OR UPDATE OF "Notes", "IncidentId" OR DELETE
            ON "IncidentConversations" FOR EACH ROW EXECUTE FUNCTION incident_search_on_child();
        CREATE TRIGGER incident_search_evidence AFTER INSERT OR UPDATE OF "PastedText", "IncidentId" OR DELETE
            ON "EvidenceItems" FOR EACH ROW EXECUTE FUNCTION incident_search_on_child();
        CREATE TRIGGER incident_search_client AFTER UPDATE OF "Language"
            ON "Clients" FOR EACH ROW WHEN (OLD."Language" IS DISTINCT FROM NEW."Language") EXECUTE FUNCTION incident_search_on_client();

        SELECT incident_search_refresh(i."Id") FROM "Incidents" i;
        """;

    private const string Drop = """
        DROP TRIGGER IF EXISTS incident_search_client ON "Clients";
        DROP TRIGGER IF EXISTS incident_search_evidence ON "EvidenceItems";
        DROP TRIGGER IF EXISTS incident_search_conversation ON "IncidentConversations";
        DROP TRIGGER IF EXISTS incident_search_incident ON "Incidents";
        DROP FUNCTION IF EXISTS incident_search_on_client();
        DROP FUNCTION IF EXISTS incident_search_on_child();
        DROP FUNCTION IF EXISTS incident_search_on_incident();
        DROP FUNCTION IF EXISTS incident_search_refresh(bigint);
        DROP FUNCTION IF EXISTS incident_search_config(text);
        DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent;
        """;

    /// <summary>Run after the table is created (the backfill at its end fills it for existing incidents).</summary>
    public static void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(Create);
    }

    /// <summary>Run after the IncidentSearchKeys migration added the key columns (and before it creates their indexes).</summary>
    public static void UpKeys(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(CreateKeys);
    }

    /// <summary>Run before the IncidentSearchKeys migration drops the key columns.</summary>
    public static void DownKeys(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(DropKeys);
    }

    /// <summary>Run before the table is dropped.</summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(Drop);
    }
}
