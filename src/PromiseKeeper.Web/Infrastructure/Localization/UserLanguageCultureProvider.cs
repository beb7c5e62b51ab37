using Microsoft.AspNetCore.Localization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>The language a signed-in user chose on their profile, from the login cookie (no query). Nothing when they chose none.</summary>
public sealed class UserLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var chosen = httpContext.User.FindFirst(AppClaimTypes.Language)?.Value;
        return Task.FromResult(Languages.IsSupported(chosen) ? new ProviderCultureResult(chosen) : null);
    }
}
