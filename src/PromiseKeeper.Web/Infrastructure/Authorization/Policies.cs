using Microsoft.AspNetCore.Authorization;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

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

    /// <summary>May do a team lead's work on their team's incidents: review retros, follow up overdue measures, reassign.</summary>
    public const string LeadsTeams = nameof(LeadsTeams);

    /// <summary>May read the review queue and retro reviews: team leads (who decide) and heads of customer success (who only read).</summary>
    public const string ReadsReviews = nameof(ReadsReviews);

    /// <summary>May set a team's clock settings (which team is checked per request).</summary>
    public const string SetsTeamClocks = nameof(SetsTeamClocks);

    /// <summary>May work legal's queue and record legal reviews of contract-linked incidents.</summary>
    public const string ReviewsLegally = nameof(ReviewsLegally);

    /// <summary>May open the dashboard (which teams it covers is decided per request).</summary>
    public const string ViewsDashboard = nameof(ViewsDashboard);

    public static void Add(AuthorizationOptions options)
    {
        // Everything needs a signed-in user unless a page says [AllowAnonymous] (login, error, /health).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        // A page policy lets in the roles that the requests behind the page need, so the two cannot drift apart.
        Add(options, ReadsIncidents, RequestAccess.ReadIncident);
        Add(options, LogsIncidents, RequestAccess.LogIncidents);
        Add(options, ManagesUsers, RequestAccess.Administer);
        Add(options, ReadsAuditLog, RequestAccess.ReadAuditLog);
        Add(options, LeadsTeams, RequestAccess.LeadIncident);
        Add(options, ReadsReviews, RequestAccess.ReviewQueue);
        Add(options, ReviewsLegally, RequestAccess.ReviewLegally);
        Add(options, SetsTeamClocks, RequestAccess.TeamClocks);
        Add(options, ViewsDashboard, RequestAccess.ViewDashboard);
    }

    private static void Add(AuthorizationOptions options, string policy, RequestAccess access) =>
        options.AddPolicy(policy, p => p.RequireRole(RequestAccessRules.RolesFor(access)));
}
