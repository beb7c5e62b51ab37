using static PromiseKeeper.Web.Tests.Authorization.Outcome;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>
/// The one table of expected outcomes: for each kind of access, what each viewer gets for an
/// incident of each relation (own / same team / other team / contract-linked). Pages without an
/// incident have the same outcome in every column.
/// </summary>
public static class AccessRules
{
    private static readonly Dictionary<Access, Dictionary<Viewer, Outcome[]>> Table = new()
    {
        //                                                      Own        SameTeam   OtherTeam  ContractLinked
        [Access.Anyone] = new()
        {
            [Viewer.AccountManager] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Admin] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.AnyoneWithToken] = new()
        {
            [Viewer.AccountManager] = [NotFound, NotFound, NotFound, NotFound],
            [Viewer.TeamLead] = [NotFound, NotFound, NotFound, NotFound],
            [Viewer.Legal] = [NotFound, NotFound, NotFound, NotFound],
            [Viewer.Admin] = [NotFound, NotFound, NotFound, NotFound],
            [Viewer.HeadOfCustomerSuccess] = [NotFound, NotFound, NotFound, NotFound],
        },
        [Access.SignedIn] = new()
        {
            [Viewer.AccountManager] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Admin] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.IncidentLists] = new()
        {
            [Viewer.AccountManager] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.LogIncidents] = new()
        {
            [Viewer.AccountManager] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.ReadIncident] = new()
        {
            [Viewer.AccountManager] = [Allowed, NotFound, NotFound, NotFound],
            [Viewer.TeamLead] = [Allowed, Allowed, NotFound, NotFound],
            [Viewer.Legal] = [NotFound, NotFound, NotFound, Allowed],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.ChangeIncident] = new()
        {
            [Viewer.AccountManager] = [Allowed, NotFound, NotFound, NotFound],
            [Viewer.TeamLead] = [Allowed, Allowed, NotFound, NotFound],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.LegalQueue] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Denied, Denied, Denied, Denied],
            [Viewer.Legal] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.ReviewLegally] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Denied, Denied, Denied, Denied],
            [Viewer.Legal] = [NotFound, NotFound, NotFound, Allowed],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.ReviewQueue] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.ReadRetroReview] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, NotFound, NotFound],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
        [Access.LeadIncident] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, NotFound, NotFound],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.ReadAuditLog] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.Administer] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Denied, Denied, Denied, Denied],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.TeamClocks] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.HeadOfCustomerSuccess] = [Denied, Denied, Denied, Denied],
        },
        [Access.ViewDashboard] = new()
        {
            [Viewer.AccountManager] = [Denied, Denied, Denied, Denied],
            [Viewer.TeamLead] = [Allowed, Allowed, Allowed, Allowed],
            [Viewer.Legal] = [Denied, Denied, Denied, Denied],
            [Viewer.Admin] = [Denied, Denied, Denied, Denied],
            [Viewer.HeadOfCustomerSuccess] = [Allowed, Allowed, Allowed, Allowed],
        },
    };

    public static Outcome Expected(Access access, Viewer viewer, Relation relation) =>
        Table[access][viewer][(int)relation];

    /// <summary>Whether the outcome is the same for every relation (the page is not about one incident).</summary>
    public static bool IgnoresRelation(Access access) =>
        Table[access].Values.All(row => row.Distinct().Count() == 1);
}
