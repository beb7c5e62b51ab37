using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>
/// Russian and Slovenian have every domain text English has: the same files, the same keys (none missing, none extra),
/// the same placeholders under each key, and one form per plural category in each plural text.
/// </summary>
public partial class TranslationCompletenessTests
{
    public static TheoryData<string, string> EveryTranslatedKeyedFile()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Translations)
        {
            foreach (var file in KeyedTextFiles.All)
            {
                data.Add(language, file);
            }
        }

        return data;
    }

    public static TheoryData<string> Translated() => [.. Translations];

    private static readonly string[] Translations = [.. Languages.All.Where(l => l != Languages.English)];

    [Fact]
    public void Every_keyed_file_of_english_is_checked()
    {
        Assert.Equal(
            KeyedTextFiles.All.Concat(KeyedTextFiles.CheckedByTheirOwnTests).Order(StringComparer.Ordinal),
            KeyedTextFiles.Embedded(Languages.English).Where(KeyedTextFiles.IsKeyed));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void A_translation_has_every_file_of_english_but_the_blame_list(string language)
    {
        // The blame word lists are per language by design (their own helper adds them); every other file is translated.
        Assert.Equal(
            KeyedTextFiles.Embedded(Languages.English).Where(f => f != "blame-phrases.txt"),
            KeyedTextFiles.Embedded(language).Where(f => f != "blame-phrases.txt"));
    }

    [Theory]
    [MemberData(nameof(EveryTranslatedKeyedFile))]
    public void A_translation_has_exactly_the_keys_of_english(string language, string file)
    {
        var english = TextCatalog.Keys(file, Languages.English).ToHashSet(StringComparer.Ordinal);
        var translated = TextCatalog.Keys(file, language).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(english.Except(translated).Select(k => $"missing in {language}/{file}: {k}"));
        Assert.Empty(translated.Except(english).Select(k => $"extra in {language}/{file}: {k}"));
    }

    [Theory]
    [MemberData(nameof(EveryTranslatedKeyedFile))]
    public void A_translation_names_the_same_values_as_english_under_each_key(string language, string file)
    {
        var differing = TextCatalog.Keys(file, Languages.English)
            .Where(key => TextCatalog.Keys(file, language).Contains(key))
            .Where(key => !Placeholders(TextCatalog.Template(file, key, Languages.English))
                .SetEquals(Placeholders(TextCatalog.Template(file, key, language))))
            .Select(key => $"{language}/{file}: {key}");

        Assert.Empty(differing);
    }

    [Theory]
    [MemberData(nameof(EveryTranslatedKeyedFile))]
    public void Each_plural_form_names_the_same_values(string language, string file)
    {
        foreach (var key in TextCatalog.Keys(file, language).Where(TextCatalog.IsPlural))
        {
            var forms = TextCatalog.Forms(file, key, language);
            Assert.Equal(PluralRules.Categories(language).Count, forms.Count);
            var english = Placeholders(TextCatalog.Forms(file, key, Languages.English)[^1]);
            Assert.All(forms, form => Assert.True(
                Placeholders(form).IsSubsetOf(english) && Placeholders(form).Contains("Count"),
                $"{language}/{file}, {key}: \"{form}\" names other values than English or leaves out {{{{Count}}}}."));
        }
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void The_acknowledgement_advice_has_a_headline_and_guidance_in_each_language(string language)
    {
        foreach (var fault in Enum.GetValues<Fault>())
        {
            var advice = AcknowledgementGuidance.For(fault, language);
            var english = AcknowledgementGuidance.For(fault, Languages.English);

            Assert.False(string.IsNullOrWhiteSpace(advice.Headline));
            Assert.NotEqual(english.Headline, advice.Headline);
            Assert.Equal(english.Guidance.Split("\n\n").Length, advice.Guidance.Split("\n\n").Length);
        }
    }

    [Fact]
    public void Every_value_of_the_domain_enumerations_has_a_label_in_every_language()
    {
        var enums = new[]
        {
            typeof(IncidentKind), typeof(Fault), typeof(PromiseChannel), typeof(FirstDisclosure), typeof(PersonalHarm),
            typeof(LoyaltyLevel), typeof(CompensationKind), typeof(CallChannel), typeof(GreetingForm), typeof(Acknowledgement),
            typeof(OfferResponse), typeof(RootCauseCategory), typeof(MeasureStatus), typeof(RetroReviewStatus), typeof(ClientTextKind),
            typeof(Severity), typeof(LegalReviewStatus), typeof(LegalDecision), typeof(DamageKinds), typeof(PlaybookStage),
            typeof(BankStanding), typeof(BankTrend), typeof(BankEntryKind),
        };
        foreach (var language in Languages.All)
        {
            var keys = TextCatalog.Keys(Labels.File, language);
            var missing = enums.SelectMany(e => Enum.GetNames(e).Select(name => $"{e.Name}.{name}")).Where(k => !keys.Contains(k));
            Assert.Empty(missing.Select(k => $"{language}: {k}"));
        }
    }

    [Fact]
    public void Stage_names_follow_the_ui_language()
    {
        Assert.Equal("Разговор", InCulture.Run("ru-RU", () => StageNames.Of(PlaybookStage.Conversation)));
        Assert.Equal("Pogovor", InCulture.Run("sl-SI", () => StageNames.Of(PlaybookStage.Conversation)));
        Assert.Equal("The conversation", StageNames.Of(PlaybookStage.Conversation));
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
