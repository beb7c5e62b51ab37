namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// What a Mediator request needs from the signed-in user. Every request type declares one with
/// <see cref="AuthorizeRequestAttribute"/>; <see cref="RequestAuthorizationBehavior{TMessage, TResponse}"/> enforces it.
/// </summary>
public enum RequestAccess
{
    /// <summary>Incident and client lists (each narrowed to what the user may see).</summary>
    ListIncidents,

    /// <summary>Logging incidents and adding clients.</summary>
    LogIncidents,

    /// <summary>Reading one incident the user may see.</summary>
    ReadIncident,

    /// <summary>Changing one incident: its account manager, or a team lead of its team.</summary>
    ChangeIncident,

    /// <summary>Legal's queue.</summary>
    LegalQueue,

    /// <summary>Legal's review of one contract-linked incident.</summary>
    ReviewLegally,

    /// <summary>The queue of retros and overdue measures: team leads (their team), heads of customer success (every team, read-only).</summary>
    ReviewQueue,

    /// <summary>A team lead's decision on one incident of their team (retro review, reassignment).</summary>
    LeadIncident,

    /// <summary>Reading the audit log.</summary>
    ReadAuditLog,

    /// <summary>Managing users and teams.</summary>
    Administer,

    /// <summary>A team's clock settings (working calendar, response targets): admins for any team, a team lead for their own; a client's SLA: admins and team leads.</summary>
    TeamClocks,

    /// <summary>Reading and changing one's own profile (phone number, time zone): every signed-in user.</summary>
    OwnProfile,

    /// <summary>What waits on the user (the home page and the menu's count): every signed-in user, each sees their own.</summary>
    OwnWork,

    /// <summary>The dashboard of handling quality: team leads (their team) and heads of customer success (every team).</summary>
    ViewDashboard,

    /// <summary>Reading one incident's retro review: a team lead of its team (who decides), a head of customer success (who only reads).</summary>
    ReadRetroReview,
}
