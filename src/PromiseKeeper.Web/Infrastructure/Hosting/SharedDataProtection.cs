using Microsoft.AspNetCore.DataProtection;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Keeps the data-protection keys in PostgreSQL, so every instance reads the others' sign-in cookies, antiforgery
/// tokens and TempData, and re-creating a container signs nobody out.
/// </summary>
internal static class SharedDataProtection
{
    // Fixed, so that instances installed in different folders still share their keys.
    public const string ApplicationName = "PromiseKeeper";

    public static void AddSharedDataProtection(this WebApplicationBuilder builder) =>
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PromiseKeeperDbContext>();
}
