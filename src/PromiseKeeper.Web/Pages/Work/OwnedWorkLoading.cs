using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Work;

/// <summary>
/// Loads, tracked, the incident a measure or check-in belongs to, for its owner, who may not see the incident itself:
/// one statement, with whether the user may read it. Who may change the item is the caller's rule.
/// </summary>
public static class OwnedWorkLoading
{
    /// <exception cref="NotFoundException">When no incident has the measure.</exception>
    public static Task<(Incident Incident, bool MayRead)> ForMeasureAsync(PromiseKeeperDbContext db, ICurrentUser user, Guid measureId, CancellationToken cancellationToken) =>
        LoadAsync(db.Incidents.Include(i => i.PreventionMeasures).Where(i => i.PreventionMeasures.Any(m => m.Id == measureId)), db, user, cancellationToken);

    /// <exception cref="NotFoundException">When no incident has the check-in.</exception>
    public static Task<(Incident Incident, bool MayRead)> ForCheckInAsync(PromiseKeeperDbContext db, ICurrentUser user, Guid checkInId, CancellationToken cancellationToken) =>
        LoadAsync(db.Incidents.Include(i => i.CheckIns).Where(i => i.CheckIns.Any(c => c.Id == checkInId)), db, user, cancellationToken);

    /// <summary>Refuses someone who neither owns the item nor may change the incident: 403 when they may see the incident, else 404.</summary>
    public static void RequireOwnerOrEditor(ICurrentUser user, Incident incident, bool mayRead, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.Equals(ownerId, user.Id, StringComparison.Ordinal) || user.MayChange(incident))
        {
            return;
        }

        throw mayRead ? new ForbiddenException(RequestAccessRules.Refusal(RequestAccess.ChangeIncident)) : new NotFoundException();
    }

    private static async Task<(Incident Incident, bool MayRead)> LoadAsync(
        IQueryable<Incident> incidents, PromiseKeeperDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var visible = db.Incidents.VisibleTo(user);
        var loaded = await incidents.AsSingleQuery()
            .Select(i => new { Incident = i, MayRead = visible.Any(v => v.Id == i.Id) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        return (loaded.Incident, loaded.MayRead);
    }
}
