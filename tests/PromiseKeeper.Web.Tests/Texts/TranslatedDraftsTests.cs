using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// The Russian and Slovenian drafts keep the shape of the English ones: a subject line in their language, the greeting
/// the account manager chose, the owner's signature, the call plan's six sections with the acknowledgement that fits the
/// fault, and a bracketed gap where the words for the client are missing.
/// </summary>
public class TranslatedDraftsTests
{
    private const string Sentence = "The reports we promised you for the end of May will not be ready then.";

    private static readonly DraftTexts Drafts = new(new LiquidTemplates());

    private static readonly Dictionary<string, (string Subject, string Greeting)> Letters = new(StringComparer.Ordinal)
    {
        [Languages.Russian] = ("Тема: ", "Здравствуйте, {0}!"),
        [Languages.Slovenian] = ("Zadeva: ", "Pozdravljeni, {0},"),
    };

    /// <summary>The third section of the call plan, by language, for our fault; a third party or force majeure; a dispute or the client's fault.</summary>
    private static readonly Dictionary<string, string[]> Acknowledgements = new(StringComparer.Ordinal)
    {
        [Languages.Russian] = ["3. Извинение", "3. Сожаление", "3. Прояснить один раз"],
        [Languages.Slovenian] = ["3. Opravičilo", "3. Obžalovanje", "3. Enkratno pojasnilo"],
    };

    private static readonly Dictionary<string, Func<DraftFacts, string, string>> Emails = new(StringComparer.Ordinal)
    {
        [nameof(Drafts.CallRequestEmail)] = Drafts.CallRequestEmail,
        [nameof(Drafts.EmailInstead)] = Drafts.EmailInstead,
        [nameof(Drafts.Recap)] = Drafts.Recap,
    };

    public static TheoryData<string> Translations() => [.. Letters.Keys];

    public static TheoryData<string, Fault> TranslationsAndFaults()
    {
        var data = new TheoryData<string, Fault>();
        foreach (var language in Letters.Keys)
        {
            foreach (var fault in Enum.GetValues<Fault>())
            {
                data.Add(language, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Emails_have_a_subject_in_their_language_greet_the_contact_as_chosen_and_are_signed_by_the_owner(string language)
    {
        var (subject, greeting) = Letters[language];
        (GreetingForm Form, string? Title, string Name)[] forms =
            [(GreetingForm.FirstName, null, "Ana"), (GreetingForm.FullName, null, "Ana Novak"), (GreetingForm.TitleAndSurname, "dr.", "dr. Novak")];

        foreach (var (draft, render) in Emails)
        {
            foreach (var (form, title, name) in forms)
            {
                var lines = render(DraftFactsCombinations.Bare(Fault.Ours) with { Greeting = form, ContactTitle = title }, language).Split('\n');

                Assert.True(lines[0].StartsWith(subject, StringComparison.Ordinal) && lines[0].Length > subject.Length + 5, $"{draft}: {lines[0]}");
                Assert.Equal("", lines[1]);
                Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, greeting, name), lines[2]);
                Assert.Equal("Maja Kovač", lines[^1]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TranslationsAndFaults))]
    public void Call_plan_has_its_six_sections_in_order_with_the_acknowledgement_that_fits_the_fault(string language, Fault fault)
    {
        var expected = Acknowledgements[language][fault switch
        {
            Fault.Ours => 0,
            Fault.ThirdParty or Fault.ForceMajeure => 1,
            _ => 2,
        }];

        var plan = Drafts.CallPlan(DraftFactsCombinations.Plan(DraftFactsCombinations.Bare(fault)), language);

        var sections = plan.Split('\n').Where(line => line.Length > 3 && char.IsAsciiDigit(line[0]) && line[1..3] == ". ").ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], sections.Select(s => s[..1]));
        Assert.Equal(expected, sections[2]);
        Assert.Contains("Reporting module delivered three weeks late", plan, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Without_the_words_for_the_client_a_draft_leaves_a_gap_in_brackets_and_with_them_uses_them(string language)
    {
        var bare = DraftFactsCombinations.Bare(Fault.Ours);
        var written = bare with { ClientSentence = Sentence };

        foreach (var draft in new[] { nameof(Drafts.EmailInstead), nameof(Drafts.Recap) })
        {
            var gap = Emails[draft](bare, language);
            var filled = Emails[draft](written, language);

            Assert.Matches(@"\n\[[^\]\n]{10,}\]\n", gap);
            Assert.Contains($"\n{Sentence}\n", filled, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Voicemail_gives_the_owners_number_or_a_gap_for_it(string language)
    {
        var withPhone = Drafts.VoicemailScript(DraftFactsCombinations.Bare(Fault.Ours) with { OwnerPhone = "+386 1 234 5678" }, language);
        var withoutPhone = Drafts.VoicemailScript(DraftFactsCombinations.Bare(Fault.Ours), language);

        Assert.Contains("+386 1 234 5678", withPhone, StringComparison.Ordinal);
        Assert.DoesNotContain("[", withPhone, StringComparison.Ordinal);
        Assert.Matches(@"\[[^\]\n]{5,}\]", withoutPhone);
        Assert.Contains("Maja Kovač", withoutPhone, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translated_draft_shares_no_sentence_with_the_english_one(string language)
    {
        var facts = DraftFactsCombinations.Bare(Fault.Ours) with { ClientSentence = Sentence, OwnerPhone = "+386 1 234 5678" };
        Func<DraftFacts, string, string>[] drafts =
        [
            .. Emails.Values,
            Drafts.VoicemailScript,
            (f, l) => Drafts.CallPlan(DraftFactsCombinations.Plan(f), l),
        ];

        foreach (var draft in drafts)
        {
            var english = Lines(draft(facts, Languages.English));
            var translated = Lines(draft(facts, language));

            // Lines that are only values (the client's sentence, the owner's name) are the same in every language.
            var shared = english.Intersect(translated).Where(line => line != Sentence && line != "Maja Kovač");
            Assert.Empty(shared);
        }
    }

    private static HashSet<string> Lines(string text) =>
        text.Split('\n').Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal);
}
