using System.Globalization;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// Pages in English, Russian or Slovenian (docs/adr/0017): the user's own choice (profile), else the language cookie a
/// signed-out visitor picked, else the browser's Accept-Language, else English. Numbers and dates follow the same culture.
/// Texts live in resource files under <c>Resources/</c>, keyed by their English wording.
/// </summary>
public static class AppLocalization
{
    public const string ResourcesPath = "Resources";

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [.. Languages.All.Select(CultureInfo.GetCultureInfo)];

    public static void AddAppLocalization(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLocalization(options => options.ResourcesPath = ResourcesPath);
        builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        builder.Services.AddSingleton<MissingTranslations>();
        builder.Services.AddSingleton<IStringLocalizerFactory>(services => services.GetRequiredService<MissingTranslations>());
        // Cyrillic and č, š, ž as themselves in the HTML, not as numeric character references (the default encodes all but Basic Latin).
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            // "ru-RU" and "sl-SI" from a browser mean the language the app has.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new UserLanguageCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>
    /// Display names and messages of validation attributes come from the resources of the outermost class: a form nested
    /// in a page model (<c>LoginModel.Credentials</c>) shares the page model's file.
    /// </summary>
    public static void FromOuterClass(MvcDataAnnotationsLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DataAnnotationLocalizerProvider = (type, factory) =>
        {
            var outer = type;
            while (outer.DeclaringType is { } declaring)
            {
                outer = declaring;
            }

            return factory.Create(outer);
        };
    }

    /// <summary>After authentication: the user's own language comes from the login cookie.</summary>
    public static void UseAppLocalization(this WebApplication app) => app.UseRequestLocalization();
}
