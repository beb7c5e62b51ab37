using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromiseKeeper.Domain.Figures;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// Keeps <see cref="IncidentFigures"/> current: claims the due <see cref="FigureCheck"/> rows under row locks (FOR UPDATE
/// SKIP LOCKED, so app instances never compute the same incident at once), reads those incidents in full after locking,
/// computes their figures with the domain's rules (<see cref="HandlingFigures"/>, what the incident page shows), upserts
/// them and, in the same transaction, moves each check to the instant its figures next change with time alone, or deletes it.
/// </summary>
public sealed class IncidentFiguresRefresh(
    PromiseKeeperDbContext db, IOptions<SchedulerOptions> options, ILogger<IncidentFiguresRefresh> logger) : ITimeDrivenWork
{
    /// <summary>An incident whose figures could not be computed is tried again this much later, so the rest of the queue goes on.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// The scan for due checks ({0}: now, {1}: the batch size): earliest first along the index on CheckAt, locked for this
    /// transaction; SKIP LOCKED passes over the rows another instance holds.
    /// </summary>
    public const string DueChecksSql = """
        SELECT * FROM "FigureChecks"
        WHERE "CheckAt" <= {0}
        ORDER BY "CheckAt"
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    public string Name => "Incident figures";

    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Set<FigureCheck>().FromSqlRaw(DueChecksSql, now, options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // Read after the rows are locked: an incident saved meanwhile re-queues itself once this transaction ends.
        long[] ids = [.. due.Select(c => c.IncidentId)];
        var incidents = await db.Incidents.AsNoTracking().AsSplitQuery()
            .Include(i => i.Options)
            .Include(i => i.BlameFindings)
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var clientIds = incidents.Values.Select(i => i.ClientId).Distinct().ToList();
        var loyalties = await db.Clients.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Loyalty, cancellationToken);
        // Severity as the incident page computes it: the client's emotional bank account feeds the relationship factor.
        var standings = await Pages.Clients.BankAccountReads.StandingsAsync(db, clientIds, now, cancellationToken);
        var stored = await db.Set<IncidentFigures>().Where(f => ids.Contains(f.IncidentId)).ToDictionaryAsync(f => f.IncidentId, cancellationToken);
        foreach (var check in due)
        {
            if (!incidents.TryGetValue(check.IncidentId, out var incident))
            {
                db.Remove(check);
                continue;
            }

            HandlingFigures figures;
            try
            {
                figures = HandlingFigures.Of(incident, loyalties[incident.ClientId], now, standings[incident.ClientId].Balance);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The figures of incident {IncidentId} could not be computed; trying again in {RetryAfter}", incident.Id, RetryAfter);
                check.CheckAt = now + RetryAfter;
                continue;
            }

            if (!stored.TryGetValue(incident.Id, out var row))
            {
                row = new IncidentFigures { IncidentId = incident.Id };
                db.Add(row);
            }

            Copy(figures, row, now);
            if (figures.ChangesAfter is { } changesAfter)
            {
                // "After" that instant: the first one timestamptz can hold (microseconds) that is later.
                check.CheckAt = changesAfter + TimeSpan.FromMicroseconds(1);
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

    private static void Copy(HandlingFigures figures, IncidentFigures row, DateTimeOffset now)
    {
        row.Severity = figures.Severity;
        row.SeverityPoints = figures.SeverityPoints;
        row.MistakeA = figures.Has('A');
        row.MistakeB = figures.Has('B');
        row.MistakeC = figures.Has('C');
        row.MistakeD = figures.Has('D');
        row.MistakeE = figures.Has('E');
        row.MistakeCount = figures.Mistakes.Length;
        // Whole minutes, rounded down.
        row.TimeToTellMinutes = figures.TimeToTell is { } tell ? (int)Math.Min(int.MaxValue, Math.Floor(tell.TotalMinutes)) : null;
        row.ToldFirst = figures.ToldFirst;
        row.OfferToLossRatio = figures.OfferToLossRatio;
        row.ClientTextsSent = figures.ClientTextsSent;
        row.BlameFindingsSent = figures.BlameFindingsSent;
        row.ComputedAt = now;
    }
}
