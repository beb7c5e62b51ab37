using Microsoft.EntityFrameworkCore.Migrations;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// The database half of the audit log's append-only rule: a trigger that refuses every UPDATE and
/// DELETE on the table, whoever sends it (EF, ExecuteUpdate/ExecuteDelete, psql). Called from the
/// migration that creates the table. TRUNCATE is not covered (the tests empty the table with it);
/// it needs table-owner rights, which the app's database role should not have in production.
/// </summary>
public static class AuditLogSql
{
    public const string Table = "AuditEntries";
    public const string Trigger = "audit_entries_append_only";
    public const string Function = "audit_entries_refuse_change";

    /// <summary>The start of the error the trigger raises, so callers and tests can recognise it.</summary>
    public const string ErrorMessage = "The audit log is append-only";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{ErrorMessage}: % on "{Table}" is not allowed.', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$;
            """);
        // FOR EACH STATEMENT: refused even when the statement matches no row.
        migrationBuilder.Sql($"""
            CREATE TRIGGER {Trigger} BEFORE UPDATE OR DELETE ON "{Table}"
                FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
            """);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS {Trigger} ON "{Table}";""");
        migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {Function}();");
    }
}
