using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Reminders;

/// <summary>
/// A prevention measure due on the next working day: its owner (see <see cref="ReminderWriter"/>) is told once, at the
/// start of the last working day before the due date in the team's zone. A measure already overdue is only marked:
/// <see cref="MeasureOverdueReminders"/> tells about it.
/// </summary>
public sealed class MeasureDueSoonReminders(PromiseKeeperDbContext db, ReminderWriter writer, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public string Name => "Reminders of measures due soon";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teams = await TeamReminderTimes.LoadAsync(db, cancellationToken);
        var cutoffs = teams.CutoffsBy(times => times.LatestDueSoonBy(now));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Database.SqlQuery<DueItem>(ClaimSql(cutoffs, options.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var worthSending = due.Where(m =>
        {
            var times = teams.Of(m.TeamId);
            return times.MeasureOverdueAt(m.Date) > now && ReminderWriter.IsWorthSending(m, times.MeasureDueSoonAt(m.Date), now);
        }).ToList();
        await writer.WriteAsync(NotificationKind.MeasureDueSoon, worthSending, toLeads: false, now, cancellationToken);
        var ids = due.Select(m => m.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"""UPDATE "PreventionMeasures" SET "DueSoonRemindedAt" = {now} WHERE "Id" = ANY({ids})""", cancellationToken);
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
            SELECT m."Id", m."IncidentId", i."TeamId", i."Stage", m."OwnerId", i."OwnerId" AS "IncidentOwnerId",
                   m."Description" AS "Text", m."DueOn" AS "Date"
            FROM "PreventionMeasures" AS m
            JOIN "Incidents" AS i ON i."Id" = m."IncidentId"
            LEFT JOIN unnest({cutoffs.TeamIds}, {cutoffs.Dates}) AS c("TeamId", "Cutoff") ON c."TeamId" = i."TeamId"
            WHERE m."DueSoonRemindedAt" IS NULL AND m."Status" <> 'Done'
              AND m."DueOn" <= {cutoffs.Max} AND m."DueOn" <= coalesce(c."Cutoff", {cutoffs.Otherwise})
            ORDER BY m."DueOn", m."Id"
            LIMIT {batchSize}
            FOR UPDATE OF m SKIP LOCKED
            """;
    }
}
