using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Reminders;

/// <summary>
/// A prevention measure not done by its due date: its owner (see <see cref="ReminderWriter"/>) and the team's leads are
/// told once, at the start of the first working day after the date in the team's zone. It also counts as reminded
/// "due soon", so a measure found overdue straight away gets only this reminder.
/// </summary>
public sealed class MeasureOverdueReminders(PromiseKeeperDbContext db, ReminderWriter writer, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public string Name => "Reminders of overdue measures";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teams = await TeamReminderTimes.LoadAsync(db, cancellationToken);
        var cutoffs = teams.CutoffsBy(times => times.LatestOverdueBy(now));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Database.SqlQuery<DueItem>(ClaimSql(cutoffs, options.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var worthSending = due.Where(m => ReminderWriter.IsWorthSending(m, teams.Of(m.TeamId).MeasureOverdueAt(m.Date), now)).ToList();
        await writer.WriteAsync(NotificationKind.MeasureOverdue, worthSending, toLeads: true, now, cancellationToken);
        var ids = due.Select(m => m.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "PreventionMeasures"
            SET "OverdueRemindedAt" = {now}, "DueSoonRemindedAt" = coalesce("DueSoonRemindedAt", {now})
            WHERE "Id" = ANY({ids})
            """, cancellationToken);
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
            WHERE m."OverdueRemindedAt" IS NULL AND m."Status" <> 'Done'
              AND m."DueOn" <= {cutoffs.Max} AND m."DueOn" <= coalesce(c."Cutoff", {cutoffs.Otherwise})
            ORDER BY m."DueOn", m."Id"
            LIMIT {batchSize}
            FOR UPDATE OF m SKIP LOCKED
            """;
    }
}
