using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>
/// <see cref="DraftWords"/>, <see cref="CallPlanSentences"/> and the client's language on <see cref="DraftFacts"/>: the values
/// of a client draft are worded and formatted in the client's language, whatever the culture of the thread that renders them.
/// </summary>
public class DraftWordsTests
{
    private static readonly DateTimeOffset CallAt = new(2026, 12, 3, 13, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> WordFiles() => [DraftWords.FileName, CallPlanSentences.FileName, "call-invitation.txt"];

    [Theory]
    [InlineData(Languages.English, "Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)")]
    [InlineData(Languages.Russian, "четверг, 3 декабря 2026 г., в 14:00 (Europe/Ljubljana)")]
    [InlineData(Languages.Slovenian, "četrtek, 3. december 2026, ob 14:00 (Europe/Ljubljana)")]
    [InlineData("de", "Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)")]
    public void The_call_time_is_worded_in_the_language(string language, string expected) =>
        Assert.Equal(expected, DraftValues.FormatCallTime(CallAt, "Europe/Ljubljana", language));

    [Theory]
    [InlineData(Languages.Russian, 15, "15 минут")]
    [InlineData(Languages.Russian, 30, "полчаса")]
    [InlineData(Languages.Russian, 60, "час")]
    [InlineData(Languages.Slovenian, 45, "45 minut")]
    [InlineData(Languages.Slovenian, 30, "pol ure")]
    [InlineData(Languages.Slovenian, 60, "eno uro")]
    public void The_call_length_is_worded_in_the_language(string language, int minutes, string expected) =>
        Assert.Equal(expected, DraftWords.Length(TimeSpan.FromMinutes(minutes), language));

    [Fact]
    public void The_client_values_follow_the_client_s_language_not_the_thread_s_culture()
    {
        var facts = DraftFacts() with { Language = Languages.Russian };
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sl");
        try
        {
            var values = DraftValues.From(facts);

            Assert.Equal("по видеосвязи", values.CallChannelText);
            Assert.Equal("полчаса", values.CallLengthText);
            Assert.Equal(["10 декабря 2026 г."], values.UpdateDays);
            Assert.Equal("12\u00A0500,00 EUR", Assert.Single(values.Offer).Value);
            Assert.StartsWith("четверг, 3 декабря 2026 г.", values.CallTime, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_call_plan_is_worded_in_its_reader_s_language_and_its_sentences_to_say_in_the_client_s()
    {
        var plan = new CallPlanFacts
        {
            Client = DraftFacts() with { Language = Languages.Slovenian },
            Summary = "Stock sync not ready",
            PromiseDescription = "Stock updates every 15 minutes",
            PromisedOn = new DateOnly(2026, 3, 1),
            ClientGoals = "Stop overselling",
        };

        var values = CallPlanValues.From(plan, Languages.Russian);

        Assert.Equal("1 марта 2026 г.", values.PromisedOn);
        Assert.Equal("по видеосвязи", values.Client.CallChannelText);
        Assert.Equal("Razumem, zakaj ste razburjeni.", values.Say.Understand);
        Assert.Equal(CallPlanSentences.In(Languages.Slovenian), values.Say);
    }

    [Fact]
    public void An_incident_drafts_for_its_client_in_the_client_s_language_and_english_until_told()
    {
        var incident = IncidentAt();

        Assert.Equal(Languages.English, incident.ToDraftFacts("Acme", "Alex").Language);
        incident.WriteToClientIn(Languages.Slovenian);
        Assert.Equal(Languages.Slovenian, incident.ToDraftFacts("Acme", "Alex").Language);
        Assert.Equal(Languages.Slovenian, incident.ToCallPlanFacts("Acme", "Alex").Client.Language);
        incident.WriteToClientIn("xx");
        Assert.Equal(Languages.English, incident.ClientLanguage);
    }

    [Theory]
    [InlineData(Languages.Russian, "Это вина нашего подрядчика, и you failed to tell us.")]
    [InlineData(Languages.Slovenian, "Za to je kriv dobavitelj, and you failed to tell us.")]
    public void An_incident_checks_its_client_texts_in_the_client_s_language(string language, string text)
    {
        var incident = IncidentAt();
        incident.WriteToClientIn(language);

        Assert.Equal(ClientTextCheck.For([incident.PromisedBy], language).Check(text), incident.CheckClientText(text));
        Assert.Equal(BlameLanguage.Check(text, language).Select(f => f.Phrase), incident.CheckClientText(text).Select(f => f.Phrase));
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Every_language_has_the_same_keys_and_every_text_fills(string file)
    {
        var english = TextCatalog.Keys(file).Order(StringComparer.Ordinal).ToList();
        foreach (var language in Languages.All)
        {
            Assert.True(TextResources.Has(file, language), $"Texts/{language}/{file} is missing.");
            Assert.Equal(english, TextCatalog.Keys(file, language).Order(StringComparer.Ordinal));
        }
    }

    private static DraftFacts DraftFacts() => new()
    {
        ClientName = "Acme",
        ContactName = "Ana Novak",
        OwnerName = "Maja Kovač",
        Fault = Fault.Ours,
        CallStartsAt = CallAt,
        CallTimeZoneId = "Europe/Ljubljana",
        CallChannel = CallChannel.Video,
        Offer = [new ClientOfferLine("Forty hours", new Money(12_500m, "EUR"))],
        UpdateDays = [new DateOnly(2026, 12, 10)],
    };

    private static Incident IncidentAt() => Journey.At(PlaybookStage.ScheduleCall).Incident;
}
