using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>
/// Records each clock's warning and breach once, at the instant the clock computes, and tells people: a warning the
/// incident's owner, a breach the owner and the team's leads. Claims the due <see cref="ClockCheck"/> rows under row locks
/// (FOR UPDATE SKIP LOCKED, so app instances never take the same incident) and, in the same transaction, writes the
/// events and notifications and moves each row to the incident's next warning or breach (or deletes it: nothing left).
/// It also rewrites the incident's <see cref="RunningClock"/> rows, which the home page reads.
/// </summary>
public sealed class ClockSweep(PromiseKeeperDbContext db, NotificationMails mails) : ITimeDrivenWork
{
    public const int BatchSize = 100;

    /// <summary>
    /// An event older than this when first noticed (the first sweep after deployment, or after a long outage) is recorded
    /// without telling anyone: a pile of stale alarms helps nobody.
    /// </summary>
    public static readonly TimeSpan NotifyWithin = TimeSpan.FromDays(7);

    /// <summary>
    /// The scan for due checks ({0}: now, {1}: the batch size): earliest first along the index on CheckAt, locked for this
    /// transaction; SKIP LOCKED passes over the rows another instance holds.
    /// </summary>
    public const string DueChecksSql = """
        SELECT * FROM "ClockChecks"
        WHERE "CheckAt" <= {0}
        ORDER BY "CheckAt"
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    public string Name => "Clock warnings and breaches";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Set<ClockCheck>().FromSqlRaw(DueChecksSql, now, BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // Read after the rows are locked: an incident saved meanwhile re-queues itself once this transaction ends.
        long[] ids = [.. due.Select(c => c.IncidentId)];
        var batch = await ClockSweepBatch.LoadAsync(db, ids, cancellationToken);
        await db.Set<RunningClock>().Where(c => ids.Contains(c.IncidentId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var check in due)
        {
            var next = batch.Incidents.TryGetValue(check.IncidentId, out var incident) ? Sweep(incident, batch, now) : null;
            if (next is { } at)
            {
                check.CheckAt = at;
            }
            else
            {
                db.Remove(check);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <returns>When the incident's next warning or breach can happen; null when none can.</returns>
    private DateTimeOffset? Sweep(SweptIncident incident, ClockSweepBatch batch, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        var stageClocks = new List<(IncidentClock Clock, ClockReading Reading)>();
        foreach (var clock in IncidentClocks.Of(incident.Facts, incident.Rules))
        {
            var reading = clock.Clock.At(now);
            var key = ClockKeys.Of(clock);
            var running = reading.State is not (ClockState.Met or ClockState.MetLate);
            if (running && clock.Subject == IncidentClockSubject.Stage)
            {
                stageClocks.Add((clock, reading));
            }

            if (reading.WarnedAt is { } warnedAt)
            {
                Record(incident, clock, key, ClockEventKind.Warned, warnedAt, running, batch, now);
            }
            else if (running)
            {
                next = Earliest(next, reading.WarnsAt);
            }

            if (reading.BreachedAt is { } breachedAt)
            {
                Record(incident, clock, key, ClockEventKind.Breached, breachedAt, running, batch, now);
            }
            else if (running)
            {
                next = Earliest(next, reading.DueAt);
            }
        }

        WriteRunningClocks(incident, stageClocks, now);
        return next;
    }

    private void WriteRunningClocks(SweptIncident incident, List<(IncidentClock Clock, ClockReading Reading)> stageClocks, DateTimeOffset now)
    {
        var nextStep = stageClocks
            .Where(c => c.Clock.Kind != ClockKind.LegalReview)
            .OrderBy(c => c.Reading.State == ClockState.Paused)
            .ThenBy(c => c.Reading.DueAt)
            .Select(c => c.Clock)
            .FirstOrDefault();
        foreach (var (clock, reading) in stageClocks)
        {
            db.Set<RunningClock>().Add(new RunningClock
            {
                IncidentId = incident.Id,
                ClockKey = clock.Key,
                Subject = clock.Subject,
                Kind = clock.Kind,
                State = reading.State,
                WarnsAt = reading.WarnsAt,
                DueAt = reading.DueAt,
                OwnerId = incident.OwnerId,
                TeamId = incident.TeamId,
                IsNextStep = ReferenceEquals(clock, nextStep),
                ReadAt = now,
            });
        }
    }

    private void Record(
        SweptIncident incident, IncidentClock clock, string key, ClockEventKind kind, DateTimeOffset happenedAt, bool running,
        ClockSweepBatch batch, DateTimeOffset now)
    {
        if (!incident.Recorded.Add((key, kind)))
        {
            return;
        }

        // A step already done, or an event long past, is history only. So are check-ins and measures: their owners hear
        // from the reminders (due soon, overdue, check-in due), which name the item and lead to the owner's own list.
        var notify = running && now - happenedAt <= NotifyWithin && clock.Subject == IncidentClockSubject.Stage;
        db.Set<ClockEvent>().Add(new ClockEvent
        {
            IncidentId = incident.Id,
            ClockKey = key,
            Subject = clock.Subject,
            Kind = clock.Kind,
            ItemId = clock.Item?.Id,
            Event = kind,
            HappenedAt = happenedAt,
            RecordedAt = now,
            Notified = notify,
        });
        if (!notify)
        {
            return;
        }

        var notificationKind = kind == ClockEventKind.Warned ? NotificationKind.ClockWarning : NotificationKind.ClockBreached;
        // A warning to the owner; a breach to the owner and the team's active leads (each once).
        var leads = kind == ClockEventKind.Breached && incident.TeamId is { } team ? batch.People.ActiveLeadsOf(team).Select(p => p.Id) : [];
        foreach (var recipient in leads.Prepend(incident.OwnerId).Distinct(StringComparer.Ordinal).Select(id => batch.People.RecipientFor(id, notificationKind)))
        {
            NotificationWriter.Write(
                db, mails, new NotificationFacts(notificationKind, incident.Id, string.Empty, ClockSubject: clock.Subject, ClockKind: clock.Kind), recipient, now);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } at && at <= candidate ? at : candidate;
}
