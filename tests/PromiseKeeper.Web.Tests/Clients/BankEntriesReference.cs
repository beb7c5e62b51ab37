using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>
/// The tests' reference for the emotional bank account: every change of one client, read straight from the incidents,
/// figures, conversations, measures and check-ins (no summary), and ordered by the domain with a running balance. A measure
/// is done on time by the date of its completion in its team's zone (UTC without one, or when PostgreSQL does not know it).
/// </summary>
internal static class BankEntriesReference
{
    /// <summary>Every change of one client's balance, in time order (one statement).</summary>
    public static async Task<IReadOnlyList<BankEntry>> EntriesAsync(PromiseKeeperDbContext db, int clientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Database.SqlQuery<FactRow>($"""
            SELECT 'I' AS "Source", i."Id" AS "IncidentId", i."DiscoveredAt" AS "At", f."Severity",
                   coalesce(f."MistakeA", false) AS "ToldLate", coalesce(f."MistakeCount", 0) AS "MistakeCount",
                   coalesce(f."BlameFindingsSent", 0) AS "BlameFindingsSent",
                   CASE WHEN i."Stage" = 'Closed' THEN i."FinishedAt" END AS "ClosedAt",
                   coalesce(c."OfferResponse" = 'Accepted', false) AS "OfferAccepted"
            FROM "Incidents" AS i
            LEFT JOIN "IncidentFigures" AS f ON f."IncidentId" = i."Id"
            LEFT JOIN "IncidentConversations" AS c ON c."IncidentId" = i."Id"
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable'
            UNION ALL
            SELECT 'M', m."IncidentId", m."DoneAt", NULL, false, 0, 0, NULL, false
            FROM "PreventionMeasures" AS m JOIN "Incidents" AS i ON i."Id" = m."IncidentId"
            LEFT JOIN "TeamClockSettings" AS s ON s."TeamId" = i."TeamId" AND s."TimeZoneId" IN (SELECT z.name FROM pg_timezone_names AS z)
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable'
              AND m."Status" = 'Done' AND m."DoneAt" IS NOT NULL AND (m."DoneAt" AT TIME ZONE coalesce(s."TimeZoneId", 'UTC'))::date <= m."DueOn"
            UNION ALL
            SELECT 'C', k."IncidentId", k."DoneAt", NULL, false, 0, 0, NULL, false
            FROM "CheckIns" AS k JOIN "Incidents" AS i ON i."Id" = k."IncidentId"
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable' AND k."IsDone" AND k."DoneAt" IS NOT NULL
            """).ToListAsync(cancellationToken);

        var incidents = rows.Where(r => r.Source == "I").Select(r => new IncidentBankFacts(
            r.IncidentId, r.At, r.Severity is { } s ? Enum.Parse<Severity>(s) : null, r.ToldLate, r.MistakeCount, r.BlameFindingsSent, r.ClosedAt, r.OfferAccepted));
        var kept = rows.Where(r => r.Source != "I").Select(r => new KeptPromiseFacts(
            r.IncidentId, r.At, r.Source == "M" ? BankEntryKind.PromiseKept : BankEntryKind.CheckInDone));
        return EmotionalBankAccount.Entries(incidents, kept);
    }

    private sealed class FactRow
    {
        public string Source { get; init; } = string.Empty;

        public long IncidentId { get; init; }

        public DateTimeOffset At { get; init; }

        public string? Severity { get; init; }

        public bool ToldLate { get; init; }

        public int MistakeCount { get; init; }

        public int BlameFindingsSent { get; init; }

        public DateTimeOffset? ClosedAt { get; init; }

        public bool OfferAccepted { get; init; }
    }
}
