using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Claims the outbox rows that are due, under row locks held until the caller's transaction ends.</summary>
internal static class DueEmails
{
    /// <summary>
    /// FOR UPDATE locks what it returns; SKIP LOCKED passes over rows another instance holds, so instances never
    /// wait for each other nor take the same row. A row updated and committed meanwhile is checked again by
    /// PostgreSQL and dropped when it is no longer pending. Uses the partial index on pending rows by next attempt.
    /// </summary>
    public static Task<List<OutgoingEmail>> ClaimAsync(PromiseKeeperDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        db.OutgoingEmails
            .FromSql($"""
                SELECT * FROM "OutgoingEmails"
                WHERE "State" = 'Pending' AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
}
