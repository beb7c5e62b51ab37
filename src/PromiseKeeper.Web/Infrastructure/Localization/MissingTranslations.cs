using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// Wraps the resource-file localizers so that a text asked for in Russian or Slovenian without a translation is noticed:
/// logged once as a warning, and kept with the pages it was missing on (<see cref="SeenOn"/>) for the test that renders every page in every language.
/// The reader still gets the English text rather than an error. English needs no resources: its keys are the texts.
/// </summary>
public sealed class MissingTranslations(
    ResourceManagerStringLocalizerFactory inner, IHttpContextAccessor accessor, ILogger<MissingTranslations> logger) : IStringLocalizerFactory
{
    // Each missing text as "language · where · key", with the request paths it was missing on.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _seen = new(StringComparer.Ordinal);

    /// <summary>Each text missing in a request for <paramref name="path"/> since the app started, as "language · where · key".</summary>
    public IReadOnlyList<string> SeenOn(string path) =>
        [.. _seen.Where(entry => entry.Value.ContainsKey(path)).Select(entry => entry.Key).Order(StringComparer.Ordinal)];

    public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), resourceSource.FullName ?? resourceSource.Name, this);

    public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), baseName, this);

    private void Note(LocalizedString text, string where)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (!text.ResourceNotFound || !Languages.IsSupported(language) || language == Languages.English)
        {
            return;
        }

        Record(text, where, language);
    }

    // Apart from Note, which runs for every text of every page: the lambda's closure would be allocated on each call.
    private void Record(LocalizedString text, string where, string language)
    {
        var paths = _seen.GetOrAdd($"{language} · {where} · {text.Name}", _ =>
        {
            logger.LogWarning("No {Language} translation in {Resource} for \"{Key}\"", language, where, text.Name);
            return new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        });
        paths.TryAdd(accessor.HttpContext?.Request.Path.Value ?? string.Empty, 0);
    }

    private sealed class Recording(IStringLocalizer inner, string where, MissingTranslations owner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Noted(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Noted(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Noted(LocalizedString text)
        {
            owner.Note(text, where);
            return text;
        }
    }
}
