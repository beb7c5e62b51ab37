namespace PromiseKeeper.Web.Data;

/// <summary>
/// <c>dotnet PromiseKeeper.Web.dll --migrate</c> (scripts/migrate.sh): applies the migrations and creates the roles,
/// then exits. In production this runs once before the instances start, so they never race to migrate.
/// </summary>
internal static class MigrationCommand
{
    public const string Switch = "--migrate";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    /// <summary>The arguments without the switch, for the configuration (which would read it as a key).</summary>
    public static string[] WithoutSwitch(string[] args) => [.. args.Where(a => !string.Equals(a, Switch, StringComparison.Ordinal))];

    public static async Task RunAsync(WebApplication app)
    {
        await DatabaseStartup.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Migrations applied; exiting (--migrate)");
    }
}
