namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>The "PromiseKeeper" configuration section: what the app does to the database when it starts.</summary>
public sealed class StartupOptions
{
    public const string Section = "PromiseKeeper";

    /// <summary>Apply pending EF Core migrations and create the roles. On for scripts/run.sh, Docker and tests.</summary>
    public bool ApplyMigrationsOnStartup { get; set; }

    /// <summary>Load demo clients, incidents and one user per role. Only for demos and development, never production.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The web inbox of the local mail server (smtp4dev), printed at startup; scripts/run.sh sets it.</summary>
    public string? MailInboxUrl { get; set; }
}
