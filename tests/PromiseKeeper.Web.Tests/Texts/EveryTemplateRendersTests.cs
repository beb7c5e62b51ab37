using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// Every product template, rendered with strict variables for every combination of facts that changes what it reads:
/// a template that names a value that does not exist, or reads an absent one outside its <c>Has…</c> flag, fails here.
/// </summary>
public class EveryTemplateRendersTests
{
    private const string DraftPrefix = "draft-";
    private const string GuidancePrefix = "guidance-";

    private static readonly LiquidTemplates Templates = new();

    public static TheoryData<string> DraftTemplates() => [.. Templates.Names().Where(n => n.StartsWith(DraftPrefix, StringComparison.Ordinal))];

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
    [MemberData(nameof(DraftTemplates))]
    public void A_draft_template_renders_for_every_combination_of_facts_as_tidy_blameless_text(string template)
    {
        var rendered = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (combination, facts) in DraftFactsCombinations.All())
        {
            string text;
            try
            {
                text = template == DraftTexts.CallPlanTemplate
                    ? Templates.Render(template, CallPlanValues.From(facts))
                    : Templates.Render(template, DraftValues.From(facts.Client));
            }
            catch (InvalidOperationException error)
            {
                Assert.Fail($"{template} with {combination}: {error.Message}");
                throw;
            }

            // The blame check is slow; many combinations word a draft the same way, so each wording is checked once.
            if (distinct.Add(text))
            {
                Assert.True(IsTidy(text), $"{template} with {combination} has stray whitespace or template syntax:\n{text}");
                Assert.True(BlameLanguage.Check(text).Count == 0, $"{template} with {combination} uses blame language:\n{text}");
                Assert.False(ShowsNothingAsAValue(text), $"{template} with {combination} shows a value of nothing:\n{text}");
            }

            rendered++;
        }

        Assert.Equal(DraftFactsCombinations.All().Count(), rendered);
    }

    [Fact]
    public void Every_guidance_template_renders_by_its_key()
    {
        var guidance = new StageGuidanceTexts(Templates);

        foreach (var name in Templates.Names().Where(n => n.StartsWith(GuidancePrefix, StringComparison.Ordinal)))
        {
            var read = guidance.For(name[GuidancePrefix.Length..]);

            Assert.False(string.IsNullOrWhiteSpace(read.Title), name);
            Assert.NotEmpty(read.Points);
        }
    }

    /// <summary>"0.00 EUR", "0 EUR": an option without a money value must not read as worth nothing.</summary>
    private static bool ShowsNothingAsAValue(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\d.,])0(\.00)? [A-Z]{3}\b", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>No leftover tags, no trailing spaces, at most one blank line in a row, nothing blank at either end.</summary>
    private static bool IsTidy(string text) =>
        !text.Contains("{{", StringComparison.Ordinal)
        && !text.Contains("{%", StringComparison.Ordinal)
        && !text.Contains("\n\n\n", StringComparison.Ordinal)
        && text.Split('\n').All(line => line == line.TrimEnd())
        && text == text.Trim();
}
