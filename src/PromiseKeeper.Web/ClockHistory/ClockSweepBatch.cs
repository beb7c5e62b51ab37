using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.ClockHistory;

/// <summary>One incident as the sweep reads it: its clock facts, its team's rules and the events already recorded.</summary>
internal sealed record SweptIncident(
    long Id, string OwnerId, int? TeamId, IncidentClockFacts Facts, TeamClockRules Rules, HashSet<(string Key, ClockEventKind Event)> Recorded);

/// <summary>What one sweep batch reads, in a few statements for the whole batch.</summary>
internal sealed record ClockSweepBatch(IReadOnlyDictionary<long, SweptIncident> Incidents, NotifiablePeople People)
{
    public static async Task<ClockSweepBatch> LoadAsync(PromiseKeeperDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var incidents = await db.Incidents.AsNoTracking().AsSplitQuery()
            .Include(i => i.CheckIns)
            .Include(i => i.PreventionMeasures)
            .Include(i => i.LegalReviews)
            .Include(i => i.LegalTextReviews)
            .Include(i => i.Pauses)
            .Where(i => ids.Contains(i.Id))
            .ToListAsync(cancellationToken);
        var teamIds = incidents.Where(i => i.TeamId is not null).Select(i => i.TeamId!.Value).Distinct().ToList();
        var settings = await db.TeamClockSettings.AsNoTracking().Where(s => teamIds.Contains(s.TeamId)).ToDictionaryAsync(s => s.TeamId, cancellationToken);
        var recorded = (await db.Set<ClockEvent>().AsNoTracking()
                .Where(e => ids.Contains(e.IncidentId))
                .Select(e => new { e.IncidentId, e.ClockKey, e.Event })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.IncidentId, e => (e.ClockKey, e.Event));
        var clientIds = incidents.Select(i => i.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var people = await NotifiablePeople.LoadAsync(
            db, [.. incidents.Select(i => i.OwnerId).Distinct()], teamIds, [NotificationKind.ClockWarning, NotificationKind.ClockBreached], cancellationToken);

        return new ClockSweepBatch(
            incidents.ToDictionary(
                i => i.Id,
                i => new SweptIncident(
                    i.Id,
                    i.OwnerId,
                    i.TeamId,
                    IncidentClockFacts.From(i),
                    TeamClockSettings.Rules(i.TeamId is { } team ? settings.GetValueOrDefault(team) : null)
                        .ForClient(clients[i.ClientId].SlaDays()),
                    [.. recorded[i.Id]])),
            people);
    }
}
