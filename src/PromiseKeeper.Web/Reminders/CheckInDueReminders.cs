using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Reminders;

/// <summary>
/// A check-in with the client that is still open on its planned date: its owner, or the incident's owner (see
/// <see cref="ReminderWriter"/>), is told once, at the start of that working day in the team's zone (the last working
/// day before it when the date is not one). Done and cancelled check-ins are not in the index, so they get nothing.
/// </summary>
public sealed class CheckInDueReminders(PromiseKeeperDbContext db, ReminderWriter writer, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public string Name => "Reminders of check-ins due";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teams = await TeamReminderTimes.LoadAsync(db, cancellationToken);
        var cutoffs = teams.CutoffsBy(times => times.LatestCheckInDueBy(now));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Database.SqlQuery<DueItem>(ClaimSql(cutoffs, options.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var worthSending = due.Where(c => ReminderWriter.IsWorthSending(c, teams.Of(c.TeamId).CheckInDueAt(c.Date), now)).ToList();
        await writer.WriteAsync(NotificationKind.CheckInDue, worthSending, toLeads: false, now, cancellationToken);
        var ids = due.Select(c => c.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"""UPDATE "CheckIns" SET "DueRemindedAt" = {now} WHERE "Id" = ANY({ids})""", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> items due by their team's cutoff, locked until the transaction ends. The
    /// partial index holds only what is still to remind, by date; the greatest cutoff bounds the range it reads.
    /// </summary>
    public static FormattableString ClaimSql(Cutoffs cutoffs, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        return $"""
            SELECT ci."Id", ci."IncidentId", i."TeamId", i."Stage", ci."OwnerId", i."OwnerId" AS "IncidentOwnerId",
                   ci."Topic" AS "Text", ci."PlannedOn" AS "Date"
            FROM "CheckIns" AS ci
            JOIN "Incidents" AS i ON i."Id" = ci."IncidentId"
            LEFT JOIN unnest({cutoffs.TeamIds}, {cutoffs.Dates}) AS c("TeamId", "Cutoff") ON c."TeamId" = i."TeamId"
            WHERE ci."DueRemindedAt" IS NULL AND NOT ci."IsDone" AND ci."CancelledAt" IS NULL
              AND ci."PlannedOn" <= {cutoffs.Max} AND ci."PlannedOn" <= coalesce(c."Cutoff", {cutoffs.Otherwise})
            ORDER BY ci."PlannedOn", ci."Id"
            LIMIT {batchSize}
            FOR UPDATE OF ci SKIP LOCKED
            """;
    }
}
