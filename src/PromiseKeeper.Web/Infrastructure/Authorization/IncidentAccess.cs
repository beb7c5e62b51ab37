using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// Who may see and do what with an incident. Account managers see and change their own incidents;
/// team leads see and change every incident of their team (and their own); legal sees
/// contract-linked incidents, to review them; a head of customer success sees every incident, read-only;
/// admins see none. Every incident query goes through
/// <see cref="VisibleTo"/>, so an incident outside it simply does not exist for that user (404).
/// </summary>
public static class IncidentAccess
{
    public static IQueryable<Incident> VisibleTo(this IQueryable<Incident> incidents, ICurrentUser user)
    {
        var reach = user.Reach();
        if (reach.Everything)
        {
            // Every incident: no predicate at all, so the query keeps whatever index its own filters pick.
            return incidents;
        }

        var (userId, teamId, owns, leadsTeam, isLegal) = (reach.UserId, reach.TeamId, reach.Owns, reach.LeadsTeam, reach.ContractLinked);

        // One plain predicate per common role, so PostgreSQL can use the matching index; the rare
        // combinations of roles get the general OR.
        return (owns, leadsTeam, isLegal) switch
        {
            (false, false, false) => incidents.Where(_ => false),
            (true, false, false) => incidents.Where(i => i.OwnerId == userId),
            (true, true, false) => incidents.Where(i => i.TeamId == teamId || i.OwnerId == userId),
            (false, false, true) => incidents.Where(i => i.ContractReference != null),
            _ => incidents.Where(i => (owns && i.OwnerId == userId) || (leadsTeam && i.TeamId == teamId) || (isLegal && i.ContractReference != null)),
        };
    }

    /// <summary>What the user's roles reach, the facts <see cref="VisibleTo"/> (and the search's narrowing by copied keys) decide on.</summary>
    public static IncidentReach Reach(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teamId = user.TeamId;
        return new IncidentReach(
            Everything: user.SeesEveryTeam(),
            UserId: user.Id,
            TeamId: teamId,
            Owns: user.IsInRole(Roles.AccountManager) || user.IsInRole(Roles.TeamLead),
            LeadsTeam: user.IsInRole(Roles.TeamLead) && teamId is not null,
            ContractLinked: user.IsInRole(Roles.Legal));
    }

    /// <summary>A head of customer success reads every team's incidents and reviews (and changes none of them).</summary>
    public static bool SeesEveryTeam(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.HeadOfCustomerSuccess);
    }

    /// <summary>Its account manager, or a team lead of its team (or a team lead who logged it).</summary>
    public static bool MayChange(this ICurrentUser user, IncidentAccessFacts incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        var owns = (user.IsInRole(Roles.AccountManager) || user.IsInRole(Roles.TeamLead)) && incident.OwnerId == user.Id;
        return owns || user.MayLead(incident);
    }

    /// <summary>A team lead of the incident's team: reviews its retro, reassigns it.</summary>
    public static bool MayLead(this ICurrentUser user, IncidentAccessFacts incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        return user.IsInRole(Roles.TeamLead) && user.TeamId is { } team && incident.TeamId == team;
    }

    /// <summary>A team lead of the incident's team reads its retro review to decide; a head of customer success reads any, to follow it.</summary>
    public static bool MayReadRetroReview(this ICurrentUser user, IncidentAccessFacts incident) =>
        user.MayLead(incident) || user.SeesEveryTeam();

    /// <summary>Legal reviews contract-linked incidents.</summary>
    public static bool MayReviewLegally(this ICurrentUser user, IncidentAccessFacts incident)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(incident);
        return user.IsInRole(Roles.Legal) && incident.IsContractLinked;
    }

    public static bool MayChange(this ICurrentUser user, Incident incident) => user.MayChange(IncidentAccessFacts.Of(incident));

    public static bool MayReviewLegally(this ICurrentUser user, Incident incident) => user.MayReviewLegally(IncidentAccessFacts.Of(incident));

    /// <summary>A team lead of the incident's team approves its retro or sends it back.</summary>
    public static bool MayReviewRetro(this ICurrentUser user, Incident incident) => user.MayLead(IncidentAccessFacts.Of(incident));

    public static bool MayReassign(this ICurrentUser user, Incident incident) => user.MayLead(IncidentAccessFacts.Of(incident));
}

/// <summary>
/// Which incidents a user's roles reach: every one (a head of customer success), or those they own (account managers and
/// team leads), their team's (team leads with a team) and the contract-linked ones (legal), any of them combined.
/// </summary>
public sealed record IncidentReach(bool Everything, string UserId, int? TeamId, bool Owns, bool LeadsTeam, bool ContractLinked);
