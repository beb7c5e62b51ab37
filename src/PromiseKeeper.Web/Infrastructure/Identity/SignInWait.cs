using System.Globalization;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>A wait before the next sign-in attempt, as a person reads it: "40 seconds", "1 minute", "15 minutes".</summary>
public static class SignInWait
{
    public static string Describe(TimeSpan wait)
    {
        if (wait <= TimeSpan.FromSeconds(59))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return seconds == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
        }

        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes");
    }
}
