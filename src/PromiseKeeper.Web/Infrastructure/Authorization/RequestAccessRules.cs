namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>The roles and the per-incident rule behind each <see cref="RequestAccess"/>.</summary>
public static class RequestAccessRules
{
    public static IReadOnlyList<string> RolesFor(RequestAccess access) => access switch
    {
        RequestAccess.ListIncidents or RequestAccess.ReadIncident => [Roles.AccountManager, Roles.TeamLead, Roles.Legal, Roles.HeadOfCustomerSuccess],
        RequestAccess.LogIncidents or RequestAccess.ChangeIncident => [Roles.AccountManager, Roles.TeamLead],
        RequestAccess.LegalQueue or RequestAccess.ReviewLegally => [Roles.Legal],
        RequestAccess.ReviewQueue or RequestAccess.ReadRetroReview => [Roles.TeamLead, Roles.HeadOfCustomerSuccess],
        RequestAccess.LeadIncident => [Roles.TeamLead],
        RequestAccess.ReadAuditLog => [Roles.Admin, Roles.TeamLead],
        RequestAccess.Administer => [Roles.Admin],
        RequestAccess.TeamClocks => [Roles.Admin, Roles.TeamLead],
        RequestAccess.OwnProfile or RequestAccess.OwnWork => Roles.All,
        RequestAccess.ViewDashboard => [Roles.TeamLead, Roles.HeadOfCustomerSuccess],
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };

    /// <summary>
    /// Requests that act on one incident are checked against it before they run. Reading requests
    /// are not: their own query is narrowed by <see cref="IncidentAccess.VisibleTo"/> and answers 404.
    /// </summary>
    public static bool IsAboutOneIncident(RequestAccess access) =>
        access is RequestAccess.ChangeIncident or RequestAccess.ReviewLegally or RequestAccess.LeadIncident;

    public static bool Allows(RequestAccess access, ICurrentUser user, IncidentAccessFacts incident) => access switch
    {
        RequestAccess.ChangeIncident => user.MayChange(incident),
        RequestAccess.ReviewLegally => user.MayReviewLegally(incident),
        RequestAccess.LeadIncident => user.MayLead(incident),
        RequestAccess.ReadRetroReview => user.MayReadRetroReview(incident),
        _ => true,
    };

    /// <exception cref="ForbiddenException">When <paramref name="access"/> does not allow the user this on the incident.</exception>
    public static void Require(RequestAccess access, ICurrentUser user, IncidentAccessFacts incident)
    {
        if (!Allows(access, user, incident))
        {
            throw new ForbiddenException(Refusal(access));
        }
    }

    public static string Refusal(RequestAccess access) => access switch
    {
        RequestAccess.ChangeIncident => "Only the incident's account manager or a team lead of its team can change it.",
        RequestAccess.ReviewLegally => "Only legal reviews contract-linked incidents.",
        RequestAccess.LeadIncident => "Only a team lead of the incident's team can do this.",
        RequestAccess.ReadRetroReview => "Only a team lead of the incident's team or a head of customer success reads its retro review.",
        _ => "You may not do this.",
    };
}
