using Microsoft.AspNetCore.Identity;

namespace PromiseKeeper.Web.Data;

/// <summary>A person who signs in. The name is what colleagues see on timelines and lists.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;
}
