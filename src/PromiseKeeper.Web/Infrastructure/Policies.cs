using Microsoft.AspNetCore.Authorization;

namespace PromiseKeeper.Web.Infrastructure;

/// <summary>Named authorization policies used on page folders and pages.</summary>
public static class Policies
{
    /// <summary>May open incident pages at all (what they see inside is narrowed by <see cref="IncidentAccess"/>).</summary>
    public const string ReadsIncidents = nameof(ReadsIncidents);

    /// <summary>May log new broken promises and add clients.</summary>
    public const string LogsIncidents = nameof(LogsIncidents);

    /// <summary>May manage users and teams (the admin pages).</summary>
    public const string ManagesUsers = nameof(ManagesUsers);

    /// <summary>May read the audit log (nobody may change it).</summary>
    public const string ReadsAuditLog = nameof(ReadsAuditLog);

    /// <summary>May review submitted retros and follow up overdue prevention measures (team leads).</summary>
    public const string ReviewsRetros = nameof(ReviewsRetros);

    /// <summary>May make a team lead's decisions on their team's incidents, such as handing one to another account manager.</summary>
    public const string LeadsTeams = nameof(LeadsTeams);

    /// <summary>May work legal's queue and record legal reviews of contract-linked incidents.</summary>
    public const string ReviewsLegally = nameof(ReviewsLegally);

    public static void Add(AuthorizationOptions options)
    {
        // Everything needs a signed-in user unless a page says [AllowAnonymous] (login, error, /health).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ReadsIncidents, p => p.RequireRole(Roles.AccountManager, Roles.TeamLead, Roles.Legal));
        options.AddPolicy(LogsIncidents, p => p.RequireRole(Roles.AccountManager, Roles.TeamLead));
        options.AddPolicy(ManagesUsers, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ReadsAuditLog, p => p.RequireRole(Roles.Admin, Roles.TeamLead));
        options.AddPolicy(ReviewsRetros, p => p.RequireRole(Roles.TeamLead));
        options.AddPolicy(LeadsTeams, p => p.RequireRole(Roles.TeamLead));
        options.AddPolicy(ReviewsLegally, p => p.RequireRole(Roles.Legal));
    }
}
