using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// Loads an incident for a reviewer's decision (legal's review, a team lead's retro review): the
/// aggregate, tracked, checked for the reviewer's access and for concurrent edits.
/// </summary>
public static class IncidentReviewLoading
{
    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not record a legal review on it.</exception>
    public static Task<Incident> LoadForLegalReviewAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.Legal);
        return LoadAsync(db, id, expectedVersion, user, user.MayReviewLegally, "Only legal reviews contract-linked incidents.", cancellationToken);
    }

    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not review its retro.</exception>
    public static Task<Incident> LoadForRetroReviewAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.TeamLead);
        return LoadAsync(db, id, expectedVersion, user, user.MayReviewRetro, "Only a team lead of the incident's team reviews its retro.", cancellationToken);
    }

    private static async Task<Incident> LoadAsync(
        PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, Func<Incident, bool> mayDecide, string refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var incident = await db.Incidents.VisibleTo(user)
            .Include(i => i.Options)
            .Include(i => i.PreventionMeasures)
            .Include(i => i.LegalReviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        if (!mayDecide(incident))
        {
            throw new ForbiddenException(refusal);
        }

        IncidentLoading.ExpectVersion(db, incident, expectedVersion);
        return incident;
    }
}
