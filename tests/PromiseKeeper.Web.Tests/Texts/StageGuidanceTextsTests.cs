using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary><see cref="StageGuidanceTexts"/>: every playbook stage has practical guidance, read from its template.</summary>
public class StageGuidanceTextsTests
{
    private static readonly StageGuidanceTexts StageGuidance = new(new LiquidTemplates());

    public static TheoryData<PlaybookStage> EveryStage() => [.. Enum.GetValues<PlaybookStage>()];

    [Theory]
    [MemberData(nameof(EveryStage))]
    public void Every_stage_has_a_title_a_lead_and_three_to_seven_points(PlaybookStage stage)
    {
        var guidance = StageGuidance.For(stage);

        Assert.Equal(StageNames.Of(stage), guidance.Title);
        Assert.False(string.IsNullOrWhiteSpace(guidance.Lead));
        Assert.EndsWith(".", guidance.Lead, StringComparison.Ordinal);
        Assert.InRange(guidance.Points.Count, 3, 7);
        Assert.All(guidance.Points, point =>
        {
            Assert.False(string.IsNullOrWhiteSpace(point));
            Assert.False(point.StartsWith('-'));
        });
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "investigate-origin")]
    [InlineData(PlaybookStage.FollowUpRecap, "follow-up-recap")]
    [InlineData(PlaybookStage.NotApplicable, "not-applicable")]
    public void Guidance_is_keyed_by_the_stage_in_kebab_case_and_read_from_the_template_of_that_key(PlaybookStage stage, string key)
    {
        Assert.Equal(key, StageGuidanceTexts.Key(stage));
        Assert.Equal($"guidance-{key}", StageGuidanceTexts.TemplateName(key));
        var byStage = StageGuidance.For(stage);
        var byKey = StageGuidance.For(key);
        Assert.Equal(byStage.Title, byKey.Title);
        Assert.Equal(byStage.Points, byKey.Points);
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "legal")]
    [InlineData(PlaybookStage.ResearchAlternatives, "proportion")]
    [InlineData(PlaybookStage.ScheduleCall, "voicemail")]
    [InlineData(PlaybookStage.Conversation, "apologise")]
    [InlineData(PlaybookStage.FollowUpRecap, "together")]
    [InlineData(PlaybookStage.InternalRetro, "owner and a date")]
    [InlineData(PlaybookStage.NotApplicable, "bad faith")]
    public void Guidance_carries_the_playbook_advice_of_its_stage(PlaybookStage stage, string advice)
    {
        var guidance = StageGuidance.For(stage);

        Assert.Contains(guidance.Points, p => p.Contains(advice, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_language_without_its_own_guidance_falls_back_to_english()
    {
        var english = StageGuidance.For(PlaybookStage.Conversation);
        var slovenian = StageGuidance.For(PlaybookStage.Conversation, "sl");

        Assert.Equal(english.Title, slovenian.Title);
        Assert.Equal(english.Points, slovenian.Points);
    }

    [Fact]
    public void An_undefined_stage_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StageGuidance.For((PlaybookStage)99));
    }
}
