namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The SQL of the ClientBankMonths migration (ADR 0026, "Speed: months"): the per-day summary's counts added up per client
/// and UTC month, so a balance over three years sums about 35 months and 120 days per client instead of about 1,100 days
/// (the clients list reads 50 clients' balances at once). <see cref="ClientBankDaysRefresh"/> keeps a month equal to the sum of its days: in
/// the transaction that rebuilds a day, it takes the day's old counts off its month and adds the new ones (an
/// <c>ON CONFLICT DO UPDATE</c> of "+ delta", so two instances rebuilding days of the same month both count).
/// </summary>
public static class ClientBankMonthsSql
{
    public const string CreateTable = $"""
        CREATE TABLE "ClientBankMonths" (
            "ClientId" integer NOT NULL,
            "Month" date NOT NULL,
            {ClientBankDaysSql.CountColumnDefinitions},
            CONSTRAINT "PK_ClientBankMonths" PRIMARY KEY ("ClientId", "Month")
        );
        """;

    /// <summary>Every month from the days the summary holds at the time of the migration.</summary>
    public static readonly string Backfill = $"""
        INSERT INTO "ClientBankMonths" ("ClientId", "Month", {ClientBankDaysSql.CountColumns})
        SELECT d."ClientId", date_trunc('month', d."Day")::date,
               sum(d."Low"), sum(d."Medium"), sum(d."High"), sum(d."Critical"), sum(d."ToldLate"), sum(d."OtherMistakes"),
               sum(d."Blame"), sum(d."WellHandled"), sum(d."PromisesKept"), sum(d."CheckInsDone")
        FROM "ClientBankDays" AS d
        GROUP BY 1, 2;
        """;

    /// <summary>
    /// Adds the counts of the summary days in <c>unnest(@clients, @days)</c> to their months, times <paramref name="sign"/>:
    /// −1 before the refresh replaces those days, +1 after.
    /// </summary>
    public static string AddDaysToMonthsSql(int sign) => $"""
        INSERT INTO "ClientBankMonths" AS m ("ClientId", "Month", {ClientBankDaysSql.CountColumns})
        SELECT d."ClientId", date_trunc('month', d."Day")::date,
               {sign} * sum(d."Low"), {sign} * sum(d."Medium"), {sign} * sum(d."High"), {sign} * sum(d."Critical"),
               {sign} * sum(d."ToldLate"), {sign} * sum(d."OtherMistakes"), {sign} * sum(d."Blame"),
               {sign} * sum(d."WellHandled"), {sign} * sum(d."PromisesKept"), {sign} * sum(d."CheckInsDone")
        FROM "ClientBankDays" AS d
        JOIN unnest(@clients, @days) AS k("ClientId", "Day") ON d."ClientId" = k."ClientId" AND d."Day" = k."Day"
        GROUP BY 1, 2
        ON CONFLICT ("ClientId", "Month") DO UPDATE SET
            "Low" = m."Low" + EXCLUDED."Low", "Medium" = m."Medium" + EXCLUDED."Medium", "High" = m."High" + EXCLUDED."High",
            "Critical" = m."Critical" + EXCLUDED."Critical", "ToldLate" = m."ToldLate" + EXCLUDED."ToldLate",
            "OtherMistakes" = m."OtherMistakes" + EXCLUDED."OtherMistakes", "Blame" = m."Blame" + EXCLUDED."Blame",
            "WellHandled" = m."WellHandled" + EXCLUDED."WellHandled", "PromisesKept" = m."PromisesKept" + EXCLUDED."PromisesKept",
            "CheckInsDone" = m."CheckInsDone" + EXCLUDED."CheckInsDone"
        """;

    /// <summary>
    /// <c>client_bank_totals</c> reading months: a whole month before the one "before" falls in comes from
    /// "ClientBankMonths" unless one of its days is queued (then its row may be stale, and its days are read one by one);
    /// the days from the start of that month to yesterday come from "ClientBankDays" as before (about 120 per client: this
    /// range serves both "now" and "before"); the live parts are unchanged. Each part is an index range of its table's
    /// primary key. Assumes at_before is not after at_now.
    /// </summary>
    public static readonly string CreateTotalsFunction = ClientBankDaysSql.TotalsFunction(
        "CREATE OR REPLACE FUNCTION",
        extraCtes: """

            queued_month AS (
                SELECT DISTINCT q."ClientId", date_trunc('month', q."Day")::date AS "Month"
                FROM queued AS q, bounds
                WHERE q."Day" < bounds.before_month
            ),
        """,
        summaryParts: """
                SELECT m."ClientId", TRUE AS in_now, TRUE AS in_before,
                       m."Low", m."Medium", m."High", m."Critical", m."ToldLate", m."OtherMistakes", m."Blame",
                       m."WellHandled", m."PromisesKept", m."CheckInsDone"
                FROM "ClientBankMonths" AS m, bounds
                WHERE m."ClientId" = ANY(ids) AND m."Month" < bounds.before_month
                  AND NOT EXISTS (SELECT 1 FROM queued_month AS qm WHERE qm."ClientId" = m."ClientId" AND qm."Month" = m."Month")
                UNION ALL
                SELECT d."ClientId", TRUE, d."Day" < bounds.before_day,
                       d."Low", d."Medium", d."High", d."Critical", d."ToldLate", d."OtherMistakes", d."Blame",
                       d."WellHandled", d."PromisesKept", d."CheckInsDone"
                FROM "ClientBankDays" AS d, bounds
                WHERE d."ClientId" = ANY(ids) AND d."Day" >= bounds.before_month AND d."Day" < bounds.today
                  AND NOT EXISTS (SELECT 1 FROM queued AS q WHERE q."ClientId" = d."ClientId" AND q."Day" = d."Day")
                UNION ALL
                SELECT d."ClientId", TRUE, TRUE,
                       d."Low", d."Medium", d."High", d."Critical", d."ToldLate", d."OtherMistakes", d."Blame",
                       d."WellHandled", d."PromisesKept", d."CheckInsDone"
                FROM queued_month AS qm
                -- OFFSET 0 keeps this a loop over the (few) queued months, each an index range, not a scan of every day.
                CROSS JOIN LATERAL (
                    SELECT * FROM "ClientBankDays" AS d
                    WHERE d."ClientId" = qm."ClientId" AND d."Day" >= qm."Month" AND d."Day" < (qm."Month" + interval '1 month')::date
                    OFFSET 0) AS d
                WHERE NOT EXISTS (SELECT 1 FROM queued AS q WHERE q."ClientId" = d."ClientId" AND q."Day" = d."Day")
        """);

    /// <summary>Undoes the migration: the days-only <c>client_bank_totals</c> again, and no months.</summary>
    public static readonly string Drop = $"""
        DROP FUNCTION IF EXISTS client_bank_totals(integer[], timestamp with time zone, timestamp with time zone);
        {ClientBankDaysSql.CreateTotalsFunction}
        DROP TABLE IF EXISTS "ClientBankMonths";
        """;
}
