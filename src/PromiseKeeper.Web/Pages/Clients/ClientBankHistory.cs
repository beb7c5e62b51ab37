using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// What the client page shows of the emotional bank account, in one statement, whatever the length of the client's
/// history: the standing (<c>client_bank_totals</c>), the balance at the end of each UTC day with a change (from the per-day summary, <see cref="ClientBankDaysSql"/>,
/// and live for today and queued days) for the chart, and the newest <see cref="Shown"/> changes for the table. Up to now:
/// a change dated later does not show yet.
/// </summary>
public static class ClientBankHistory
{
    /// <summary>How many of the newest changes the table lists.</summary>
    public const int Shown = 100;

    // Each source of facts keeps its newest Shown + 1 rows: the newest Shown changes of all are among them, and one more
    // tells that older ones exist. 'D' rows are days (with their counts), the others facts as BankAccountFacts reads them.
    private static readonly string Sql = $"""
        WITH totals AS (SELECT * FROM client_bank_totals(ARRAY[@client], @now, @before))
        SELECT 'T' AS "Source", NULL::date AS "Day", 0::bigint AS "IncidentId", NULL::timestamptz AS "At", NULL AS "Severity", false AS "ToldLate",
               0 AS "MistakeCount", 0 AS "BlameFindingsSent", NULL::timestamptz AS "ClosedAt", false AS "OfferAccepted",
               t."Low", t."Medium", t."High", t."Critical", t."ToldLate" AS "ToldLateCount", t."OtherMistakes", t."Blame", t."WellHandled",
               t."PromisesKept", t."CheckInsDone"
        FROM totals AS t
        UNION ALL
        SELECT 'B', NULL, 0, NULL, NULL, false, 0, 0, NULL, false,
               t."BeforeLow", t."BeforeMedium", t."BeforeHigh", t."BeforeCritical", t."BeforeToldLate", t."BeforeOtherMistakes", t."BeforeBlame",
               t."BeforeWellHandled", t."BeforePromisesKept", t."BeforeCheckInsDone"
        FROM totals AS t
        UNION ALL
        SELECT 'D', s."Day", 0, NULL, NULL, false, 0, 0, NULL, false,
               s."Low", s."Medium", s."High", s."Critical", s."ToldLateCount", s."OtherMistakes", s."Blame", s."WellHandled", s."PromisesKept", s."CheckInsDone"
        FROM (
            SELECT p."Day", sum(p."Low")::int AS "Low", sum(p."Medium")::int AS "Medium", sum(p."High")::int AS "High",
                   sum(p."Critical")::int AS "Critical", sum(p."ToldLate")::int AS "ToldLateCount", sum(p."OtherMistakes")::int AS "OtherMistakes",
                   sum(p."Blame")::int AS "Blame", sum(p."WellHandled")::int AS "WellHandled", sum(p."PromisesKept")::int AS "PromisesKept",
                   sum(p."CheckInsDone")::int AS "CheckInsDone"
            FROM (
                SELECT d."Day", {ClientBankDaysSql.CountColumns}
                FROM "ClientBankDays" AS d
                WHERE d."ClientId" = @client AND d."Day" < (@now AT TIME ZONE 'UTC')::date
                  AND NOT EXISTS (SELECT 1 FROM "ClientBankDayChecks" AS q WHERE q."ClientId" = d."ClientId" AND q."Day" = d."Day")
                UNION ALL
                SELECT (e."At" AT TIME ZONE 'UTC')::date, e."Low", e."Medium", e."High", e."Critical", e."ToldLate", e."OtherMistakes",
                       e."Blame", e."WellHandled", e."PromisesKept", e."CheckInsDone"
                FROM (SELECT q."Day" FROM "ClientBankDayChecks" AS q WHERE q."ClientId" = @client AND q."Day" < (@now AT TIME ZONE 'UTC')::date
                      UNION ALL
                      SELECT (@now AT TIME ZONE 'UTC')::date) AS live
                CROSS JOIN LATERAL client_bank_rows(ARRAY[@client], live."Day"::timestamp AT TIME ZONE 'UTC',
                    least((live."Day" + 1)::timestamp AT TIME ZONE 'UTC', @now + interval '1 microsecond')) AS e
            ) AS p
            GROUP BY p."Day"
        ) AS s
        UNION ALL
        SELECT 'I', NULL, f."IncidentId", f."DiscoveredAt", f."Severity", f."ToldLate", f."MistakeCount", f."BlameFindingsSent", f."ClosedAt", f."OfferAccepted",
               0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM (
            SELECT i."Id" AS "IncidentId", i."DiscoveredAt", f."Severity", coalesce(f."MistakeA", false) AS "ToldLate",
                   coalesce(f."MistakeCount", 0) AS "MistakeCount", coalesce(f."BlameFindingsSent", 0) AS "BlameFindingsSent",
                   CASE WHEN i."Stage" = 'Closed' THEN i."FinishedAt" END AS "ClosedAt", coalesce(c."OfferResponse" = 'Accepted', false) AS "OfferAccepted"
            FROM (
                (SELECT x."Id" FROM "Incidents" AS x
                 WHERE x."ClientId" = @client AND x."Stage" <> 'NotApplicable' AND x."DiscoveredAt" <= @now
                 ORDER BY x."DiscoveredAt" DESC LIMIT {Shown + 1})
                UNION
                (SELECT x."Id" FROM "Incidents" AS x
                 JOIN "IncidentFigures" AS xf ON xf."IncidentId" = x."Id"
                 JOIN "IncidentConversations" AS xc ON xc."IncidentId" = x."Id"
                 WHERE x."ClientId" = @client AND x."Stage" = 'Closed' AND x."FinishedAt" <= @now
                   AND xf."MistakeCount" = 0 AND xc."OfferResponse" = 'Accepted'
                 ORDER BY x."FinishedAt" DESC LIMIT {Shown + 1})
            ) AS newest
            JOIN "Incidents" AS i ON i."Id" = newest."Id"
            LEFT JOIN "IncidentFigures" AS f ON f."IncidentId" = i."Id"
            LEFT JOIN "IncidentConversations" AS c ON c."IncidentId" = i."Id"
        ) AS f
        UNION ALL
        (SELECT 'M', NULL, m."IncidentId", m."DoneAt", NULL, false, 0, 0, NULL, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
         FROM "PreventionMeasures" AS m
         WHERE m."ClientId" = @client AND {ClientBankDaysSql.KeptByTheTeamsZone} AND m."DoneAt" <= @now
           AND EXISTS (SELECT 1 FROM "Incidents" AS i WHERE i."Id" = m."IncidentId" AND i."Stage" <> 'NotApplicable')
         ORDER BY m."DoneAt" DESC LIMIT {Shown + 1})
        UNION ALL
        (SELECT 'C', NULL, k."IncidentId", k."DoneAt", NULL, false, 0, 0, NULL, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
         FROM "CheckIns" AS k
         WHERE k."ClientId" = @client AND k."IsDone" AND k."DoneAt" <= @now
           AND EXISTS (SELECT 1 FROM "Incidents" AS i WHERE i."Id" = k."IncidentId" AND i."Stage" <> 'NotApplicable')
         ORDER BY k."DoneAt" DESC LIMIT {Shown + 1})
        """;

    /// <summary>
    /// The standing (as the clients list computes it), the chart's days, the newest changes (newest first, each with the
    /// balance after it) and whether older ones exist.
    /// </summary>
    public static async Task<BankHistory> ReadAsync(PromiseKeeperDbContext db, int clientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Database.SqlQueryRaw<Row>(
            Sql,
            new Npgsql.NpgsqlParameter("client", clientId),
            new Npgsql.NpgsqlParameter("now", now),
            new Npgsql.NpgsqlParameter("before", now.AddDays(-EmotionalBankAccount.TrendDays))).ToListAsync(cancellationToken);

        var balanceNow = rows.Single(r => r.Source == "T").Balance();
        var balanceBefore = rows.Single(r => r.Source == "B").Balance();
        var standing = new ClientStanding(balanceNow, EmotionalBankAccount.StandingOf(balanceNow), EmotionalBankAccount.TrendOf(balanceNow, balanceBefore));
        var balance = 0;
        var days = new List<BankDayBalance>();
        foreach (var day in rows.Where(r => r.Source == "D").OrderBy(r => r.Day))
        {
            balance += day.Balance();
            days.Add(new BankDayBalance(day.Day!.Value, balance));
        }

        var incidents = rows.Where(r => r.Source == "I").Select(r => new IncidentBankFacts(
            r.IncidentId, r.At!.Value, r.Severity is { } s ? Enum.Parse<Severity>(s) : null, r.ToldLate, r.MistakeCount, r.BlameFindingsSent, r.ClosedAt, r.OfferAccepted));
        var kept = rows.Where(r => r.Source is "M" or "C").Select(r => new KeptPromiseFacts(
            r.IncidentId, r.At!.Value, r.Source == "M" ? BankEntryKind.PromiseKept : BankEntryKind.CheckInDone));
        // The facts' own running balance starts at 0 with the oldest fact read, not with the client's first change:
        // the balance after each change is the balance now less the changes after it.
        var newest = EmotionalBankAccount.Entries(incidents, kept).Where(e => e.At <= now).Reverse().ToList();
        var entries = new List<BankEntry>(Math.Min(newest.Count, Shown));
        var after = balanceNow;
        foreach (var entry in newest.Take(Shown))
        {
            entries.Add(entry with { BalanceAfter = after });
            after -= entry.Change;
        }

        return new BankHistory(standing, days, entries, newest.Count > Shown);
    }

    private sealed class Row
    {
        public string Source { get; init; } = string.Empty;

        public DateOnly? Day { get; init; }

        public long IncidentId { get; init; }

        public DateTimeOffset? At { get; init; }

        public string? Severity { get; init; }

        public bool ToldLate { get; init; }

        public int MistakeCount { get; init; }

        public int BlameFindingsSent { get; init; }

        public DateTimeOffset? ClosedAt { get; init; }

        public bool OfferAccepted { get; init; }

        public int Low { get; init; }

        public int Medium { get; init; }

        public int High { get; init; }

        public int Critical { get; init; }

        public int ToldLateCount { get; init; }

        public int OtherMistakes { get; init; }

        public int Blame { get; init; }

        public int WellHandled { get; init; }

        public int PromisesKept { get; init; }

        public int CheckInsDone { get; init; }

        public int Balance() => EmotionalBankAccount.BalanceOf(new BankAccountTotals(
            Low, Medium, High, Critical, ToldLateCount, OtherMistakes, Blame, WellHandled, PromisesKept, CheckInsDone));
    }
}

/// <summary>The balance at the end of a UTC day on which it changed.</summary>
public sealed record BankDayBalance(DateOnly Day, int Balance);

/// <summary>The client page's bank account: <see cref="ClientBankHistory.ReadAsync"/>.</summary>
/// <param name="Standing">The balance now, in words, and its trend (the same as the clients list shows).</param>
/// <param name="Days">Oldest first: the chart.</param>
/// <param name="Newest">Newest first, at most <see cref="ClientBankHistory.Shown"/>, each with the balance after it.</param>
/// <param name="HasOlder">More changes exist than <paramref name="Newest"/> lists.</param>
public sealed record BankHistory(ClientStanding Standing, IReadOnlyList<BankDayBalance> Days, IReadOnlyList<BankEntry> Newest, bool HasOlder);
