using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Loads an incident for a command: tracked, with the children the command names, checked for access and for concurrent edits.</summary>
public static class IncidentLoading
{
    /// <param name="expectedVersion">The version the user's form was rendered from; a newer one in the database means someone else changed it.</param>
    /// <param name="parts">The child collections the command's domain method reads or changes.</param>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    /// <exception cref="ForbiddenException">When the user may see the incident but not change it.</exception>
    public static async Task<Incident> LoadForChangeAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
        var incident = await db.LoadTrackedAsync(id, user, parts, cancellationToken);
        if (!user.MayChange(incident))
        {
            throw new ForbiddenException("Only the incident's account manager or a team lead can change it.");
        }

        ExpectVersion(db, incident, expectedVersion);
        return incident;
    }

    /// <summary>The incident visible to <paramref name="user"/>, tracked, with only the named children.</summary>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<Incident> LoadTrackedAsync(
        this PromiseKeeperDbContext db, long id, ICurrentUser user, IncidentParts parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Incidents.VisibleTo(user);
        if (parts.HasFlag(IncidentParts.Evidence))
        {
            query = query.Include(i => i.Evidence);
        }

        if (parts.HasFlag(IncidentParts.Options))
        {
            query = query.Include(i => i.Options);
        }

        if (parts.HasFlag(IncidentParts.CheckIns))
        {
            query = query.Include(i => i.CheckIns);
        }

        if (parts.HasFlag(IncidentParts.PreventionMeasures))
        {
            query = query.Include(i => i.PreventionMeasures);
        }

        if (parts.HasFlag(IncidentParts.BlameFindings))
        {
            query = query.Include(i => i.BlameFindings);
        }

        if (parts.HasFlag(IncidentParts.LegalReviews))
        {
            query = query.Include(i => i.LegalReviews);
        }

        return await query.AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException();
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
