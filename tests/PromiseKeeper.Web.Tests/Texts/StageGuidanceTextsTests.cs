using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// <see cref="StageGuidanceTexts"/>: every playbook stage has practical guidance in every language, read from its template,
/// in the reader's UI language unless a language is given.
/// </summary>
public class StageGuidanceTextsTests
{
    private static readonly StageGuidanceTexts StageGuidance = new(new LiquidTemplates());

    public static TheoryData<PlaybookStage, string> EveryStageInEveryLanguage()
    {
        var data = new TheoryData<PlaybookStage, string>();
        foreach (var stage in Enum.GetValues<PlaybookStage>())
        {
            foreach (var language in Languages.All)
            {
                data.Add(stage, language);
            }
        }

        return data;
    }

    public static TheoryData<string> Translations() => [.. Languages.All.Where(l => l != Languages.English)];

    [Theory]
    [MemberData(nameof(EveryStageInEveryLanguage))]
    public void Every_stage_has_a_title_a_lead_and_three_to_seven_points_in_every_language(PlaybookStage stage, string language)
    {
        var guidance = StageGuidance.For(stage, language);

        Assert.False(string.IsNullOrWhiteSpace(guidance.Title));
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
    [MemberData(nameof(EveryStageInEveryLanguage))]
    public void The_english_guidance_is_titled_with_the_stage_name_and_a_translation_is_its_own(PlaybookStage stage, string language)
    {
        var english = StageGuidance.For(stage, Languages.English);
        var guidance = StageGuidance.For(stage, language);

        Assert.Equal(StageNames.Of(stage), english.Title);
        if (language != Languages.English)
        {
            Assert.NotEqual(english.Title, guidance.Title);
            Assert.NotEqual(english.Lead, guidance.Lead);
            Assert.Empty(guidance.Points.Intersect(english.Points));
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_titles_every_stage_differently(string language)
    {
        var titles = Enum.GetValues<PlaybookStage>().Select(s => StageGuidance.For(s, language).Title).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "investigate-origin")]
    [InlineData(PlaybookStage.FollowUpRecap, "follow-up-recap")]
    [InlineData(PlaybookStage.NotApplicable, "not-applicable")]
    public void Guidance_is_keyed_by_the_stage_in_kebab_case_and_read_from_the_template_of_that_key(PlaybookStage stage, string key)
    {
        Assert.Equal(key, StageGuidanceTexts.Key(stage));
        Assert.Equal($"guidance-{key}", StageGuidanceTexts.TemplateName(key));
        foreach (var language in Languages.All)
        {
            var byStage = StageGuidance.For(stage, language);
            var byKey = StageGuidance.For(key, language);
            Assert.Equal(byStage.Title, byKey.Title);
            Assert.Equal(byStage.Points, byKey.Points);
        }
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
        var guidance = StageGuidance.For(stage, Languages.English);

        Assert.Contains(guidance.Points, p => p.Contains(advice, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "ru", "юрист")]
    [InlineData(PlaybookStage.ResearchAlternatives, "ru", "порядку величины")]
    [InlineData(PlaybookStage.ScheduleCall, "ru", "голосовое сообщение")]
    [InlineData(PlaybookStage.Conversation, "ru", "извинитесь")]
    [InlineData(PlaybookStage.InternalRetro, "ru", "ответственный и срок")]
    [InlineData(PlaybookStage.NotApplicable, "ru", "недобросовестно")]
    [InlineData(PlaybookStage.InvestigateOrigin, "sl", "pravno službo")]
    [InlineData(PlaybookStage.ResearchAlternatives, "sl", "velikostnem redu")]
    [InlineData(PlaybookStage.ScheduleCall, "sl", "glasovno sporočilo")]
    [InlineData(PlaybookStage.Conversation, "sl", "opravičite")]
    [InlineData(PlaybookStage.InternalRetro, "sl", "nosilcem in rokom")]
    [InlineData(PlaybookStage.NotApplicable, "sl", "slabi veri")]
    public void A_translation_carries_the_same_advice(PlaybookStage stage, string language, string advice)
    {
        var guidance = StageGuidance.For(stage, language);

        Assert.Contains(guidance.Points, p => p.Contains(advice, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("sl-SI", "sl")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    public void Without_a_language_the_guidance_follows_the_current_ui_language_else_english(string uiCulture, string expected)
    {
        var stage = PlaybookStage.Conversation;

        var guidance = InUiCulture(uiCulture, () => StageGuidance.For(stage));

        var wanted = StageGuidance.For(stage, expected);
        Assert.Equal(wanted.Title, guidance.Title);
        Assert.Equal(wanted.Points, guidance.Points);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx-unknown")]
    public void A_language_the_app_does_not_speak_falls_back_to_english(string language)
    {
        var english = StageGuidance.For(PlaybookStage.Conversation, Languages.English);
        var other = StageGuidance.For(PlaybookStage.Conversation, language);

        Assert.Equal(english.Title, other.Title);
        Assert.Equal(english.Points, other.Points);
    }

    [Fact]
    public void An_undefined_stage_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StageGuidance.For((PlaybookStage)99));
    }

    private static T InUiCulture<T>(string name, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
