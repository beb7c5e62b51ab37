namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>What a route's <c>{id}</c> stands for.</summary>
public enum RouteTarget
{
    None,
    Incident,
    User,
    Team,
    Client,
}

/// <summary>One page handler: the page (its path under Pages/), GET or POST, the named handler if any, and who may use it.</summary>
public sealed record PageHandlerAccess(string Page, string Method, string? Handler, Access Access, RouteTarget Target = RouteTarget.None)
{
    public override string ToString() => $"{Method} {Page}{(Handler is null ? string.Empty : $"?handler={Handler}")}";
}

/// <summary>
/// Every page and page handler of the app with the access it needs. <see cref="PageAccessMatrixTests"/>
/// fails when the app has a handler that is missing here, so a new page cannot be forgotten.
/// </summary>
public static class PageAccessTable
{
    private const RouteTarget OnIncident = RouteTarget.Incident;

    public static readonly IReadOnlyList<PageHandlerAccess> Handlers =
    [
        new("/Account/Login", "GET", null, Access.Anyone),
        new("/Account/Login", "POST", null, Access.Anyone),
        new("/Account/Logout", "GET", null, Access.SignedIn),
        new("/Account/Logout", "POST", null, Access.SignedIn),
        new("/Account/Sessions", "GET", null, Access.SignedIn),
        new("/Account/Sessions", "POST", null, Access.SignedIn),
        // Answers 403 by design: the page that explains a refusal.
        new("/Account/AccessDenied", "GET", null, Access.SignedIn),
        new("/Account/Profile", "GET", null, Access.SignedIn),
        new("/Account/Profile", "POST", null, Access.SignedIn),
        new("/Account/NotificationSettings", "GET", null, Access.SignedIn),
        new("/Account/NotificationSettings", "POST", null, Access.SignedIn),
        new("/Notifications/Index", "GET", null, Access.SignedIn),
        new("/Notifications/Index", "POST", "Open", Access.SignedIn),
        new("/Notifications/Index", "POST", "MarkAllRead", Access.SignedIn),
        new("/Notifications/Count", "GET", null, Access.SignedIn),
        new("/Account/Profile", "POST", "UseZone", Access.SignedIn),
        new("/Unsubscribe", "GET", null, Access.AnyoneWithToken),
        new("/Unsubscribe", "POST", null, Access.AnyoneWithToken),
        new("/Error", "GET", null, Access.Anyone),
        new("/Error", "POST", null, Access.Anyone),
        new("/Index", "GET", null, Access.SignedIn),
        new("/Home/Count", "GET", null, Access.SignedIn),
        // Each user's own measures and check-ins; the posts check that the user owns the item (OwnedWorkTests).
        new("/Work/Owned", "GET", null, Access.SignedIn),
        new("/Work/Owned", "POST", "MeasureDone", Access.SignedIn),
        new("/Work/Owned", "POST", "CheckInDone", Access.SignedIn),

        new("/Clients/Index", "GET", null, Access.IncidentLists),
        new("/Clients/Create", "GET", null, Access.LogIncidents),
        new("/Clients/Create", "POST", null, Access.LogIncidents),
        new("/Clients/Edit", "GET", null, Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Edit", "POST", null, Access.LogIncidents, RouteTarget.Client),
        // The client page: whoever lists incidents; its incidents narrowed to what each may see (Clients/DetailsTests).
        new("/Clients/Details", "GET", null, Access.IncidentLists, RouteTarget.Client),
        new("/Clients/Details", "POST", "Deactivate", Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Details", "POST", "Reactivate", Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Contact", "GET", null, Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Contact", "POST", null, Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Relationship", "GET", null, Access.LogIncidents, RouteTarget.Client),
        new("/Clients/Relationship", "POST", null, Access.LogIncidents, RouteTarget.Client),
        new("/Incidents/Index", "GET", null, Access.IncidentLists),
        new("/Incidents/Export", "GET", null, Access.IncidentLists),
        new("/Incidents/Log", "GET", null, Access.LogIncidents),
        new("/Incidents/Log", "POST", null, Access.LogIncidents),

        new("/Incidents/Details", "GET", null, Access.ReadIncident, OnIncident),
        new("/Incidents/Details", "POST", "Move", Access.ChangeIncident, OnIncident),
        new("/Incidents/Details", "POST", "AskLegalAgain", Access.ChangeIncident, OnIncident),
        new("/Incidents/Details", "POST", "LegalNote", Access.ChangeIncident, OnIncident),
        new("/Incidents/Details", "POST", "WaitOnClient", Access.ChangeIncident, OnIncident),
        new("/Incidents/Details", "POST", "ClientAnswered", Access.ChangeIncident, OnIncident),
        new("/Incidents/EvidenceDownload", "GET", null, Access.ReadIncident, OnIncident),
        new("/Incidents/Timeline", "GET", null, Access.ReadIncident, OnIncident),
        new("/Incidents/Dossier", "GET", null, Access.ReadIncident, OnIncident),
        new("/Incidents/Correct", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Correct", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/BlameCheck", "POST", null, Access.ReadIncident, OnIncident),

        new("/Incidents/Playbook/Origin", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Origin", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Evidence", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Evidence", "POST", "Paste", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Evidence", "POST", "Upload", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Alternatives", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Alternatives", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Alternatives", "POST", "Confirm", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Alternatives", "POST", "Offer", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Call", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Call", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Call", "POST", "Redraft", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Call", "POST", "EmailInvitation", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/CallInvite", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/WriteInstead", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/WriteInstead", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/WriteInstead", "POST", "Redraft", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Conversation", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Conversation", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Recap", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Recap", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Recap", "POST", "Send", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Recap", "POST", "Redraft", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/CheckIns", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/CheckIns", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/CheckIns", "POST", "SetDone", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/CheckIns", "POST", "Owner", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "POST", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "POST", "AddMeasure", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "POST", "MeasureStatus", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "POST", "MeasureOwner", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/Retro", "POST", "Submit", Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/NotApplicable", "GET", null, Access.ChangeIncident, OnIncident),
        new("/Incidents/Playbook/NotApplicable", "POST", null, Access.ChangeIncident, OnIncident),

        new("/Legal/Index", "GET", null, Access.LegalQueue),
        new("/Incidents/LegalReview", "GET", null, Access.ReviewLegally, OnIncident),
        new("/Incidents/LegalReview", "POST", null, Access.ReviewLegally, OnIncident),
        new("/Incidents/LegalReview", "POST", "Text", Access.ReviewLegally, OnIncident),
        new("/Incidents/LegalReview", "POST", "DoNotSay", Access.ReviewLegally, OnIncident),
        new("/Incidents/LegalReview", "POST", "LegalNote", Access.ReviewLegally, OnIncident),

        new("/Reviews/Index", "GET", null, Access.ReviewQueue),
        new("/Dashboard/Index", "GET", null, Access.ViewDashboard),
        new("/Incidents/RetroReview", "GET", null, Access.ReadRetroReview, OnIncident),
        new("/Incidents/RetroReview", "POST", "Approve", Access.LeadIncident, OnIncident),
        new("/Incidents/RetroReview", "POST", "SendBack", Access.LeadIncident, OnIncident),
        new("/Incidents/Reassign", "GET", null, Access.LeadIncident, OnIncident),
        new("/Incidents/Reassign", "POST", null, Access.LeadIncident, OnIncident),

        new("/Audit/Index", "GET", null, Access.ReadAuditLog),

        new("/Admin/Users/Index", "GET", null, Access.Administer),
        new("/Admin/Users/Create", "GET", null, Access.Administer),
        new("/Admin/Users/Create", "POST", null, Access.Administer),
        new("/Admin/Users/Edit", "GET", null, Access.Administer, RouteTarget.User),
        new("/Admin/Users/Edit", "POST", null, Access.Administer, RouteTarget.User),
        new("/Admin/Users/Edit", "POST", "Deactivate", Access.Administer, RouteTarget.User),
        new("/Admin/Users/Edit", "POST", "Reactivate", Access.Administer, RouteTarget.User),
        new("/Admin/Users/Edit", "POST", "ResetPassword", Access.Administer, RouteTarget.User),
        new("/Admin/Teams/Index", "GET", null, Access.Administer),
        new("/Admin/Teams/Index", "POST", null, Access.Administer),
        new("/Admin/Teams/Edit", "GET", null, Access.Administer, RouteTarget.Team),
        new("/Admin/Teams/Edit", "POST", null, Access.Administer, RouteTarget.Team),
        // The viewers' own team; a lead of another team gets 404 (TeamClockSettingsPageTests).
        new("/Teams/Clocks", "GET", null, Access.TeamClocks, RouteTarget.Team),
        new("/Teams/Clocks", "POST", null, Access.TeamClocks, RouteTarget.Team),
        // A client's SLA (/Clients/{id}/Sla): team leads and admins, for any client (Clients/SlaTests).
        new("/Teams/ClientSla", "GET", null, Access.TeamClocks, RouteTarget.Client),
        new("/Teams/ClientSla", "POST", null, Access.TeamClocks, RouteTarget.Client),
        new("/Admin/Mail/Index", "GET", null, Access.Administer),
    ];
}
