namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>The Identity role names. Role checks use these constants, never string literals.</summary>
public static class Roles
{
    public const string AccountManager = nameof(AccountManager);
    public const string TeamLead = nameof(TeamLead);
    public const string Legal = nameof(Legal);
    public const string Admin = nameof(Admin);

    /// <summary>Sees every team's incidents and reviews read-only, and the dashboard; no admin rights.</summary>
    public const string HeadOfCustomerSuccess = nameof(HeadOfCustomerSuccess);

    public static readonly IReadOnlyList<string> All = [AccountManager, TeamLead, Legal, Admin, HeadOfCustomerSuccess];
}
