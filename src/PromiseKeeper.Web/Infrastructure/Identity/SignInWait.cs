using System.Globalization;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>A wait before the next sign-in attempt, as a person reads it: "40 seconds", "1 minute", "15 minutes".</summary>
public static class SignInWait
{
    /// <summary>In English, for the audit log and the server log.</summary>
    public static string Describe(TimeSpan wait)
    {
        var (count, inMinutes) = Rounded(wait);
        return inMinutes
            ? count == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{count} minutes")
            : count == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{count} seconds");
    }

    /// <summary>In the reader's language; the plural forms are in the resources of <paramref name="localizer"/>.</summary>
    public static string Describe(TimeSpan wait, IStringLocalizer localizer)
    {
        var (count, inMinutes) = Rounded(wait);
        return inMinutes
            ? localizer.Plural(count, "{0} minute", "{0} minutes")
            : localizer.Plural(count, "{0} second", "{0} seconds");
    }

    private static (int Count, bool InMinutes) Rounded(TimeSpan wait) =>
        wait <= TimeSpan.FromSeconds(59)
            ? (Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)), false)
            : ((int)Math.Ceiling(wait.TotalMinutes), true);
}
