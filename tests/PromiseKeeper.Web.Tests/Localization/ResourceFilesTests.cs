using System.Text.RegularExpressions;
using System.Xml.Linq;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>
/// The Russian and Slovenian resource files of the pages hold the same keys, each with a translation that keeps the
/// English text's placeholders, and every counted phrase has each plural form its language needs.
/// English has no files: its keys are the texts.
/// </summary>
public sealed partial class ResourceFilesTests
{
    private static readonly string[] Translations = ["ru", "sl"];

    public static TheoryData<string> BaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in AllBaseNames())
        {
            names.Add(name);
        }

        return names;
    }

    [Fact]
    public void There_are_resource_files() => Assert.NotEmpty(AllBaseNames());

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Each_language_has_the_same_keys(string baseName)
    {
        var ru = Read(baseName, "ru");
        var sl = Read(baseName, "sl");

        Assert.True(ru is not null, $"{baseName}.ru.resx is missing.");
        Assert.True(sl is not null, $"{baseName}.sl.resx is missing.");
        Assert.Empty(PlainKeys(ru!).Except(PlainKeys(sl!)).Select(k => $"only in ru: {k}"));
        Assert.Empty(PlainKeys(sl!).Except(PlainKeys(ru!)).Select(k => $"only in sl: {k}"));
        Assert.Equal(PluralBases(ru!).Order(), PluralBases(sl!).Order());
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Every_translation_keeps_the_placeholders_of_its_english_text(string baseName)
    {
        var problems = new List<string>();
        foreach (var language in Translations)
        {
            foreach (var (key, value) in Read(baseName, language) ?? [])
            {
                var english = key.Split('|')[0];
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{language}: \"{key}\" has no text");
                }
                else if (!Placeholders(english).SetEquals(Placeholders(value)))
                {
                    problems.Add($"{language}: \"{key}\" -> \"{value}\" has other placeholders");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Every_counted_phrase_has_each_plural_form_of_its_language(string baseName)
    {
        var problems = new List<string>();
        foreach (var language in Translations)
        {
            var entries = Read(baseName, language) ?? [];
            foreach (var plural in PluralBases(entries))
            {
                var given = entries.Keys.Where(k => k.StartsWith(plural + "|", StringComparison.Ordinal)).Select(k => k[(plural.Length + 1)..]);
                if (!given.Order().SequenceEqual(PluralRules.CategoriesOf(language).Order()))
                {
                    problems.Add($"{language}: \"{plural}\" gives {string.Join(", ", given)}; needs {string.Join(", ", PluralRules.CategoriesOf(language))}");
                }
            }
        }

        Assert.Empty(problems);
    }

    internal static string ResourcesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "src", "PromiseKeeper.Web", AppLocalization.ResourcesPath);
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("src/PromiseKeeper.Web/Resources not found above the test binaries.");
    }

    private static List<string> AllBaseNames()
    {
        var folder = ResourcesFolder();
        return [.. Directory.EnumerateFiles(folder, "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Select(f => LanguageSuffix().Replace(f, string.Empty))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private static Dictionary<string, string>? Read(string baseName, string language)
    {
        var path = Path.Combine(ResourcesFolder(), $"{baseName}.{language}.resx");
        return File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal)
            : null;
    }

    private static IEnumerable<string> PlainKeys(Dictionary<string, string> entries) =>
        entries.Keys.Where(k => !IsPluralForm(k));

    private static HashSet<string> PluralBases(Dictionary<string, string> entries) =>
        [.. entries.Keys.Where(IsPluralForm).Select(k => k[..k.LastIndexOf('|')])];

    private static bool IsPluralForm(string key) =>
        key.LastIndexOf('|') is var bar and > 0 && PluralCategories.Contains(key[(bar + 1)..]);

    private static readonly HashSet<string> PluralCategories = [PluralRules.One, PluralRules.Two, PluralRules.Few, PluralRules.Many, PluralRules.Other];

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(ru|sl)\.resx$")]
    private static partial Regex LanguageSuffix();
}
