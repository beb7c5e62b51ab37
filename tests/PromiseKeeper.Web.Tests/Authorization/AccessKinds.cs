namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>The kinds of signed-in users the matrix checks.</summary>
public enum Viewer
{
    AccountManager,
    TeamLead,
    Legal,
    Admin,

    /// <summary>Reads every team's incidents and reviews, changes nothing; in no team.</summary>
    HeadOfCustomerSuccess,
}

/// <summary>How the incident a request is about relates to the viewer.</summary>
public enum Relation
{
    /// <summary>The viewer owns it (in their team).</summary>
    Own,

    /// <summary>Another account manager of the viewer's team owns it.</summary>
    SameTeam,

    /// <summary>An account manager of another team owns it.</summary>
    OtherTeam,

    /// <summary>Another team's incident that is linked to a contract.</summary>
    ContractLinked,
}

/// <summary>What a request answers.</summary>
public enum Outcome
{
    /// <summary>The page or handler does its work (200, or a redirect that is not to login or access denied; a validation message counts).</summary>
    Allowed,

    /// <summary>404: the record does not exist for this user.</summary>
    NotFound,

    /// <summary>The user's role may not use this page at all (access denied), or may see the record but not do this (403).</summary>
    Denied,
}

/// <summary>Who may use a page or handler: each kind has one row of expected outcomes in <see cref="AccessRules"/>.</summary>
public enum Access
{
    /// <summary>Login, error: no sign-in needed.</summary>
    Anyone,

    /// <summary>An email's unsubscribe link: no sign-in needed, but only its signed token opens it (without one: 404 for everyone).</summary>
    AnyoneWithToken,

    /// <summary>Start page, logout: any signed-in user.</summary>
    SignedIn,

    /// <summary>Lists (incidents, clients) that show each user what they may see.</summary>
    IncidentLists,

    /// <summary>Logging incidents and adding clients.</summary>
    LogIncidents,

    /// <summary>Reading one incident.</summary>
    ReadIncident,

    /// <summary>The playbook pages and every command that changes an incident (legal and admins never may).</summary>
    ChangeIncident,

    /// <summary>Legal's queue.</summary>
    LegalQueue,

    /// <summary>Legal's review of one contract-linked incident.</summary>
    ReviewLegally,

    /// <summary>The review page (retros, overdue measures): team leads, and heads of customer success read-only.</summary>
    ReviewQueue,

    /// <summary>Reading one incident's retro review: a team lead of its team, a head of customer success.</summary>
    ReadRetroReview,

    /// <summary>A team lead's decision on one incident: the retro review, reassignment.</summary>
    LeadIncident,

    /// <summary>The audit log.</summary>
    ReadAuditLog,

    /// <summary>User and team administration.</summary>
    Administer,

    /// <summary>A team's clock settings: admins (any team) and the team's leads.</summary>
    TeamClocks,

    /// <summary>The dashboard: team leads (their team) and heads of customer success (every team).</summary>
    ViewDashboard,
}
