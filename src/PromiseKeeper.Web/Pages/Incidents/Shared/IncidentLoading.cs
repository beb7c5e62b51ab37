using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Loads an incident for a command: the whole aggregate, tracked, checked for access and for concurrent edits.</summary>
public static class IncidentLoading
{
    /// <param name="expectedVersion">The version the user's form was rendered from; a newer one in the database means someone else changed it.</param>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    /// <exception cref="ForbiddenException">When the user may see the incident but not change it.</exception>
    public static async Task<Incident> LoadForChangeAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
        var incident = await db.Incidents.VisibleTo(user)
            .Include(i => i.Evidence)
            .Include(i => i.Options)
            .Include(i => i.CheckIns)
            .Include(i => i.PreventionMeasures)
            .Include(i => i.BlameFindings)
            .Include(i => i.LegalReviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        if (!user.MayChange(incident))
        {
            throw new ForbiddenException("Only the incident's account manager or a team lead can change it.");
        }

        ExpectVersion(db, incident, expectedVersion);
        return incident;
    }

    /// <summary>Makes the save fail when the incident changed after the user's form was rendered from <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="DbUpdateConcurrencyException">When it already has.</exception>
    public static void ExpectVersion(PromiseKeeperDbContext db, Incident incident, uint? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (expectedVersion is { } version)
        {
            // Compared in the UPDATE's WHERE clause; a mismatch raises DbUpdateConcurrencyException.
            db.Entry(incident).Property(i => i.Version).OriginalValue = version;
            if (incident.Version != version)
            {
                throw new DbUpdateConcurrencyException("The incident was changed by someone else after the form was opened.");
            }
        }
    }
}
