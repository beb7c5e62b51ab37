using System.Linq.Expressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// Loads an incident for a reviewer's decision (legal's review, a team lead's retro review): the
/// aggregate, tracked (with the children the decision reads), checked for the reviewer's access and for concurrent edits.
/// </summary>
public static class IncidentReviewLoading
{
    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not record a legal review on it.</exception>
    public static Task<Incident> LoadForLegalReviewAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, CancellationToken cancellationToken) =>
        // The options: legal approves the offer as it stands, and the review keeps its description.
        db.LoadForLegalReviewAsync(id, expectedVersion, user, IncidentParts.Options, cancellationToken);

    /// <param name="parts">The child collections legal's change reads.</param>
    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not review it for legal.</exception>
    public static Task<Incident> LoadForLegalReviewAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.Legal);
        return LoadAsync(db, id, expectedVersion, user, parts, user.MayReviewLegally, "Only legal reviews contract-linked incidents.", cancellationToken);
    }

    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not review its retro.</exception>
    public static async Task<Incident> LoadForRetroReviewAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, CancellationToken cancellationToken) =>
        (await db.LoadForRetroReviewAsync(id, expectedVersion, user, i => i.Id, cancellationToken)).Incident;

    /// <summary>Like <see cref="LoadForRetroReviewAsync(PromiseKeeperDbContext, long, uint?, ICurrentUser, CancellationToken)"/>, with <paramref name="more"/> read in the same statement.</summary>
    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not review its retro.</exception>
    public static Task<(Incident Incident, TMore More)> LoadForRetroReviewAsync<TMore>(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, Expression<Func<Incident, TMore>> more, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.TeamLead);
        return LoadAsync(db, id, expectedVersion, user, IncidentParts.None, more, user.MayReviewRetro, "Only a team lead of the incident's team reviews its retro.", cancellationToken);
    }

    /// <summary>Legal's load with <paramref name="more"/> read in the same statement.</summary>
    /// <exception cref="NotFoundException">When the incident does not exist or is not visible to the user.</exception>
    /// <exception cref="ForbiddenException">When the user sees the incident but may not review it for legal.</exception>
    public static Task<(Incident Incident, TMore More)> LoadForLegalReviewAsync<TMore>(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, Expression<Func<Incident, TMore>> more, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.Legal);
        return LoadAsync(db, id, expectedVersion, user, parts, more, user.MayReviewLegally, "Only legal reviews contract-linked incidents.", cancellationToken);
    }

    private static async Task<Incident> LoadAsync(
        PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, Func<Incident, bool> mayDecide, string refusal, CancellationToken cancellationToken) =>
        (await LoadAsync(db, id, expectedVersion, user, parts, i => i.Id, mayDecide, refusal, cancellationToken)).Incident;

    private static async Task<(Incident Incident, TMore More)> LoadAsync<TMore>(
        PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, Expression<Func<Incident, TMore>> more,
        Func<Incident, bool> mayDecide, string refusal, CancellationToken cancellationToken)
    {
        var (incident, values) = await db.LoadTrackedAsync(id, user, parts, more, cancellationToken);
        if (!mayDecide(incident))
        {
            throw new ForbiddenException(refusal);
        }

        IncidentLoading.ExpectVersion(db, incident, expectedVersion);
        return (incident, values);
    }
}
