using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// The translations of a class that dependency injection does not build (a form's <c>Parse</c>, a static rule or display
/// helper), from the same resource files an <see cref="IStringLocalizer{T}"/> would read
/// (<c>Resources/&lt;namespace path&gt;/&lt;class&gt;.ru.resx</c>), in the current UI culture. Keys are the English texts.
/// </summary>
public static class ResourceTexts
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = AppLocalization.ResourcesPath }), NullLoggerFactory.Instance);

    /// <summary>The localizer of <paramref name="owner"/>'s texts (a static class is allowed).</summary>
    public static IStringLocalizer For(Type owner) => Factory.Create(owner);
}
