namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// How many SQL statements each page may send for a GET, whatever the data size: one entry per "GET" row of
/// <see cref="Authorization.PageAccessTable"/>, measured and set tight. <see cref="PageReadBudgetTests"/> fails
/// when a row has no budget or a page sends more.
/// </summary>
public static class PageReadBudgets
{
    /// <summary>The incident page of a contract-linked incident: the page's own statements plus its audit row.</summary>
    public const int ContractLinkedIncidentPage = 3;

    public static readonly IReadOnlyDictionary<string, int> Get = new Dictionary<string, int>
    {
        ["GET /Account/Login"] = 0,
        ["GET /Account/Logout"] = 0,
        ["GET /Account/Sessions"] = 0,
        ["GET /Account/AccessDenied"] = 0,
        ["GET /Account/Profile"] = 1,
        // The saved choices; the page shows every kind, chosen or default.
        ["GET /Account/NotificationSettings"] = 1,
        // One page of the user's notifications with each incident's client.
        ["GET /Notifications/Index"] = 1,
        // The unread count, from the partial index of unread notifications.
        ["GET /Notifications/Count"] = 1,
        ["GET /Error"] = 0,
        // Whether the token's user exists and its nonce is unused.
        ["GET /Unsubscribe"] = 1,
        // Everything that waits on the user, for all their roles, is one UNION ALL (Pages/Home/WaitingWorkSql).
        ["GET /Index"] = 1,
        ["GET /Home/Count"] = 1,
        // The user's open measures, then their open check-ins.
        ["GET /Work/Owned"] = 2,

        // The clients come from memory; each one's bank-account counts and open incidents in one statement.
        ["GET /Clients/Index"] = 1,
        // The client with its contacts and relationship history; its incidents the user may see; the bank account's
        // facts (one UNION ALL); which of the incidents behind them the user may open.
        ["GET /Clients/Details"] = 4,
        ["GET /Clients/Contact"] = 1,
        ["GET /Clients/Relationship"] = 1,
        ["GET /Clients/Create"] = 0,
        ["GET /Clients/Edit"] = 1,
        // The client's name and SLA.
        ["GET /Teams/ClientSla"] = 1,
        ["GET /Incidents/Index"] = 1,
        // The filtered incidents, streamed.
        ["GET /Incidents/Export"] = 1,
        // The clients come from memory; the active contacts the form offers.
        ["GET /Incidents/Log"] = 1,

        // The incident with its client (and the client's bank account, which severity reads) and owner; its children.
        ["GET /Incidents/Details"] = 2,
        ["GET /Incidents/EvidenceDownload"] = 1,
        ["GET /Incidents/Timeline"] = 2,
        // The incident page's own two statements (DetailsModel.Query), whatever the incident holds.
        ["GET /Incidents/Dossier"] = 2,
        ["GET /Incidents/Correct"] = 2,

        ["GET /Incidents/Playbook/Origin"] = 2,
        ["GET /Incidents/Playbook/Evidence"] = 2,
        ["GET /Incidents/Playbook/Alternatives"] = 2,
        ["GET /Incidents/Playbook/Call"] = 2,
        ["GET /Incidents/Playbook/CallInvite"] = 2,
        ["GET /Incidents/Playbook/WriteInstead"] = 2,
        ["GET /Incidents/Playbook/Conversation"] = 2,
        ["GET /Incidents/Playbook/Recap"] = 2,
        // With the people check-ins and measures can be given to (the owner pickers).
        ["GET /Incidents/Playbook/CheckIns"] = 3,
        ["GET /Incidents/Playbook/Retro"] = 3,
        ["GET /Incidents/Playbook/NotApplicable"] = 2,

        ["GET /Legal/Index"] = 2,
        // Always a contract-linked incident: its audit row is the third statement.
        ["GET /Incidents/LegalReview"] = 3,
        ["GET /Reviews/Index"] = 2,
        // Every figure in one statement of CTEs (Pages/Dashboard/DashboardSql).
        ["GET /Dashboard/Index"] = 1,
        ["GET /Incidents/RetroReview"] = 2,
        ["GET /Incidents/Reassign"] = 2,
        ["GET /Audit/Index"] = 1,

        ["GET /Admin/Users/Index"] = 3,
        ["GET /Admin/Users/Create"] = 1,
        ["GET /Admin/Users/Edit"] = 3,
        ["GET /Admin/Teams/Index"] = 3,
        ["GET /Admin/Teams/Edit"] = 3,
        // The team's name and its settings in one statement.
        ["GET /Teams/Clocks"] = 1,
        // Three counts in one statement, the emails that wait, the failed ones.
        ["GET /Admin/Mail/Index"] = 3,
    };
}
