using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure;

/// <summary>
/// Which incidents a user may see. Every incident query goes through <see cref="VisibleTo"/>,
/// so an incident outside it simply does not exist for that user (404, never 403).
/// </summary>
public static class IncidentAccess
{
    public static IQueryable<Incident> VisibleTo(this IQueryable<Incident> incidents, ICurrentUser user)
    {
        // Team leads oversee the incidents of their team; until teams exist, that is every incident.
        if (user.IsInRole(Roles.TeamLead))
        {
            return incidents;
        }

        var isAccountManager = user.IsInRole(Roles.AccountManager);
        var isLegal = user.IsInRole(Roles.Legal);
        var userId = user.Id;
        return (isAccountManager, isLegal) switch
        {
            (true, true) => incidents.Where(i => i.OwnerId == userId || i.ContractReference != null),
            (true, false) => incidents.Where(i => i.OwnerId == userId),
            (false, true) => incidents.Where(i => i.ContractReference != null),
            // Admins manage users; they see no incident content.
            _ => incidents.Where(_ => false),
        };
    }

    /// <summary>
    /// Which incidents a user may change: their own as account manager, every one as team lead.
    /// Legal reads contract-linked incidents but does not drive them.
    /// </summary>
    public static bool MayChange(this ICurrentUser user, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        return user.IsInRole(Roles.TeamLead) || (user.IsInRole(Roles.AccountManager) && incident.OwnerId == user.Id);
    }

    /// <summary>Legal records reviews of contract-linked incidents.</summary>
    public static bool MayReviewLegally(this ICurrentUser user, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        return user.IsInRole(Roles.Legal) && incident.IsContractLinked;
    }

    /// <summary>A team lead of the incident's team approves its retro or sends it back.</summary>
    public static bool MayReviewRetro(this ICurrentUser user, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        return user.IsInRole(Roles.TeamLead);
    }
}
