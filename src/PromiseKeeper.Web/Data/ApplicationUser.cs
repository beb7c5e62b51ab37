using Microsoft.AspNetCore.Identity;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

/// <summary>A person who signs in. The name is what colleagues see on timelines and lists.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The team the person works in; admins and legal usually have none.</summary>
    public int? TeamId { get; set; }

    /// <summary>False once an admin deactivated the account: it can no longer sign in, and its open logins end.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The IANA time zone the person reads and types times in; UTC until they choose one on their profile.</summary>
    public string TimeZoneId { get; set; } = TimeZoneIds.Utc;

    /// <summary>When the person last chose their zone (on the profile or from the suggestion); null until then, so every page offers the browser's zone.</summary>
    public DateTimeOffset? TimeZoneChosenAt { get; set; }

    /// <summary>The language of the pages (en, ru, sl); null to follow the browser's language.</summary>
    public string? Language { get; set; }
}
