using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// Every product template, in every language, rendered with strict variables for every combination of facts that changes
/// what it reads: a template that names a value that does not exist, or reads an absent one outside its <c>Has…</c> flag,
/// fails here. Every language has exactly the templates English has.
/// </summary>
public class EveryTemplateRendersTests
{
    private const string DraftPrefix = "draft-";
    private const string GuidancePrefix = "guidance-";
    private const string Extension = ".liquid";

    private static readonly LiquidTemplates Templates = new();

    public static TheoryData<string, string> DraftTemplatesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Templates.Names().Where(n => n.StartsWith(DraftPrefix, StringComparison.Ordinal)))
        {
            foreach (var language in Languages.All)
            {
                data.Add(template, language);
            }
        }

        return data;
    }

    public static TheoryData<string> Translations() => [.. Languages.All.Where(l => l != Languages.English)];

    public static TheoryData<string> EveryLanguage() => [.. Languages.All];

    [Fact]
    public void Every_template_is_a_draft_or_the_guidance_of_a_stage_and_every_stage_has_guidance()
    {
        var names = Templates.Names();
        string[] drafts =
        [
            DraftTexts.CallRequestEmailTemplate, DraftTexts.VoicemailTemplate, DraftTexts.CallPlanTemplate,
            DraftTexts.EmailInsteadTemplate, DraftTexts.RecapTemplate,
        ];
        var guidance = Enum.GetValues<PlaybookStage>().Select(s => StageGuidanceTexts.TemplateName(StageGuidanceTexts.Key(s)));

        Assert.Equal(drafts.Concat(guidance).Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_exactly_the_templates_english_has(string language)
    {
        var english = EmbeddedTemplates(Languages.English);
        var translated = EmbeddedTemplates(language);

        Assert.True(english.Count > 0);
        Assert.Empty(english.Except(translated));
        Assert.Empty(translated.Except(english));
    }

    [Fact]
    public void Templates_exist_only_for_the_languages_the_app_speaks()
    {
        var folders = typeof(LiquidTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Texts/", StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n.Split('/')[1])
            .Distinct(StringComparer.Ordinal);

        Assert.All(folders, folder => Assert.Contains(folder, Languages.All));
    }

    [Theory]
    [MemberData(nameof(DraftTemplatesInEveryLanguage))]
    public void A_draft_template_renders_for_every_combination_of_facts_as_tidy_blameless_text(string template, string language)
    {
        var rendered = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (combination, facts) in DraftFactsCombinations.All())
        {
            string text;
            try
            {
                text = template == DraftTexts.CallPlanTemplate
                    ? Templates.Render(template, CallPlanValues.From(facts), language)
                    : Templates.Render(template, DraftValues.From(facts.Client), language);
            }
            catch (InvalidOperationException error)
            {
                Assert.Fail($"{template} in {language} with {combination}: {error.Message}");
                throw;
            }

            if (distinct.Add(text))
            {
                Assert.True(IsTidy(text), $"{template} in {language} with {combination} has stray whitespace or template syntax:\n{text}");
                Assert.False(ShowsNothingAsAValue(text), $"{template} in {language} with {combination} shows a value of nothing:\n{text}");

                // The blame check is the slow part, and the combinations reword far fewer paragraphs than whole texts. Blame
                // is a phrase within a sentence, and every blank line in a draft ends a sentence or a line of its own (the
                // subject, the greeting, a heading, a labelled value), so each distinct paragraph is checked once, in the
                // template's language.
                foreach (var paragraph in text.Split("\n\n").Where(paragraphs.Add))
                {
                    Assert.True(
                        BlameLanguage.Check(paragraph, language).Count == 0,
                        $"{template} in {language} with {combination} uses blame language:\n{paragraph}");
                }
            }

            rendered++;
        }

        Assert.Equal(DraftFactsCombinations.All().Count(), rendered);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_guidance_template_renders_by_its_key(string language)
    {
        var guidance = new StageGuidanceTexts(Templates);

        foreach (var name in Templates.Names().Where(n => n.StartsWith(GuidancePrefix, StringComparison.Ordinal)))
        {
            var read = guidance.For(name[GuidancePrefix.Length..], language);

            Assert.False(string.IsNullOrWhiteSpace(read.Title), name);
            Assert.NotEmpty(read.Points);
        }
    }

    /// <summary>The template names (file names without the extension) embedded for <paramref name="language"/>.</summary>
    private static HashSet<string> EmbeddedTemplates(string language)
    {
        var folder = $"Texts/{language}/";
        return typeof(LiquidTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[folder.Length..^Extension.Length])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"0.00 EUR", "0,00 EUR", "0 EUR": an option without a money value must not read as worth nothing.</summary>
    private static bool ShowsNothingAsAValue(string text) =>
        Regex.IsMatch(text, @"(?<![\d.,])0([.,]00)?[ \u00A0\u202F]([A-Z]{3}\b|€)|€[ \u00A0\u202F]?0([.,]00)?(?![\d.,])", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>No leftover tags, no trailing spaces, at most one blank line in a row, nothing blank at either end.</summary>
    private static bool IsTidy(string text) =>
        !text.Contains("{{", StringComparison.Ordinal)
        && !text.Contains("{%", StringComparison.Ordinal)
        && !text.Contains("\n\n\n", StringComparison.Ordinal)
        && text.Split('\n').All(line => line == line.TrimEnd())
        && text == text.Trim();
}
