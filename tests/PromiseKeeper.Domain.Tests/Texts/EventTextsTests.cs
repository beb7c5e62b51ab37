using System.Text.RegularExpressions;
using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>
/// The timeline's texts (<c>Texts/&lt;language&gt;/events.txt</c>): every key in every language, rendered with its values
/// in the reader's words and zone; entries written before texts were keyed keep their sentence.
/// </summary>
public partial class EventTextsTests
{
    private static readonly DateTimeZone Ljubljana = DateTimeZoneProviders.Tzdb["Europe/Ljubljana"];

    /// <summary>A value for every name the texts use, of the kind the incident stores under that name.</summary>
    private static readonly TextValues EveryValue = new(
    [
        TextValue.Text("Contract", "MSA-7"),
        TextValue.Text("Owner", "Bea Novak"),
        TextValue.Text("Reason", "She knows the client."),
        TextValue.Text("Changes", "fault: ours → third party"),
        TextValue.Text("PromisedBy", "Sam Seller"),
        TextValue.Date("PromisedOn", new DateOnly(2026, 3, 1)),
        TextValue.Text("Title", "Kick-off email"),
        TextValue.Text("FileName", "sow.pdf"),
        TextValue.Text("Option", "Two weeks of support"),
        TextValue.Money("Value", new Money(12500m, "EUR")),
        TextValue.Text("ConfirmedBy", "Dana Delivery"),
        TextValue.ClientText("Text", ClientTextKind.CallPlan),
        TextValue.Text("Phrase", "we never promised"),
        TextValue.Instant("StartsAt", new DateTimeOffset(2026, 7, 14, 12, 30, 0, TimeSpan.Zero)),
        TextValue.Instant("Since", new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero)),
        TextValue.Money("Damage", new Money(800m, "EUR")),
        TextValue.Date("On", new DateOnly(2026, 7, 20)),
        TextValue.Text("Topic", "Delivery update"),
        TextValue.DatedTopics("CheckIns", [(new DateOnly(2026, 7, 20), "Delivery update"), (new DateOnly(2026, 8, 3), "Launch")]),
        TextValue.Count("Measures", 2),
        TextValue.Text("Measure", "Weekly delivery review"),
        TextValue.Date("Due", new DateOnly(2026, 9, 1)),
        TextValue.MeasureStatus("Status", MeasureStatus.InProgress),
        TextValue.Text("Note", "Runs every Monday."),
        TextValue.Stage("From", PlaybookStage.ResearchAlternatives),
        TextValue.Stage("To", PlaybookStage.ScheduleCall),
        TextValue.Stage("Stage", PlaybookStage.Conversation),
        TextValue.Text("Recipients", "dana@client.example, sam@us.example"),
    ]);

    public static TheoryData<string, string> EveryKeyInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages.All)
        {
            foreach (var key in TextCatalog.Keys(IncidentEvent.TextFile, language).Where(IsEntry))
            {
                data.Add(language, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKeyInEveryLanguage))]
    public void Every_entry_renders_in_every_language_with_its_values(string language, string key)
    {
        var text = StoredText.Render(IncidentEvent.TextFile, key, EveryValue, language, Ljubljana);

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.True(char.IsUpper(text[0]), $"{language} \"{key}\" does not start with a capital: {text}");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    public void Every_language_has_the_same_keys_and_names_the_same_values_as_english(string language)
    {
        var english = TextCatalog.Keys(IncidentEvent.TextFile).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(english, TextCatalog.Keys(IncidentEvent.TextFile, language).Order(StringComparer.Ordinal));
        Assert.All(english.Where(IsEntry), key => Assert.Equal(
            Placeholders(Template("en", key)),
            Placeholders(Template(language, key))));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("sl")]
    public void Every_stage_client_text_status_and_role_has_a_word_in_every_language(string language)
    {
        foreach (var stage in Enum.GetValues<PlaybookStage>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Show(TextValue.Stage("S", stage), language)));
        }

        foreach (var text in Enum.GetValues<ClientTextKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Show(TextValue.ClientText("T", text), language)));
        }

        foreach (var status in Enum.GetValues<MeasureStatus>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Show(TextValue.MeasureStatus("S", status), language)));
        }

        Assert.False(string.IsNullOrWhiteSpace(Show(TextValue.Words("R", "role", ["AccountManager", "TeamLead", "Legal", "Admin", "HeadOfCustomerSuccess"]), language)));
    }

    [Fact]
    public void The_english_stage_words_are_the_stage_names()
    {
        Assert.All(Enum.GetValues<PlaybookStage>(), stage => Assert.Equal(StageNames.Of(stage), Show(TextValue.Stage("S", stage), "en")));
    }

    [Fact]
    public void A_russian_reader_reads_stages_days_moments_and_amounts_in_russian_in_their_zone()
    {
        var moved = StoredText.Render(IncidentEvent.TextFile, "stage.moved", EveryValue, "ru", Ljubljana);
        var call = StoredText.Render(IncidentEvent.TextFile, "call.planned", EveryValue, "ru", Ljubljana);
        var option = StoredText.Render(IncidentEvent.TextFile, "option.added.value.confirmed", EveryValue, "ru", Ljubljana);
        var checkIn = StoredText.Render(IncidentEvent.TextFile, "check-in.planned", EveryValue, "ru", Ljubljana);

        Assert.Equal("Переход с этапа «Поиск альтернатив» на этап «Назначение звонка».", moved);
        // 12:30 UTC is 14:30 in Ljubljana in July (summer time), and the zone is named.
        Assert.Equal("Звонок назначен на 14 июля 2026 в 14:30 Europe/Ljubljana.", call);
        Assert.Contains("12\u00a0500,00 EUR", option, StringComparison.Ordinal);
        Assert.Equal("Запланирована сверка с клиентом на 20 июля 2026: Delivery update.", checkIn);
    }

    [Fact]
    public void A_slovenian_reader_reads_the_entry_in_slovenian()
    {
        var status = StoredText.Render(IncidentEvent.TextFile, "measure.status", EveryValue, "sl", Ljubljana);
        var call = StoredText.Render(IncidentEvent.TextFile, "call.planned", EveryValue, "sl", Ljubljana);

        Assert.Equal("Stanje preventivnega ukrepa »Weekly delivery review«: v teku.", status);
        Assert.StartsWith("Klic je dogovorjen za 14. ", call, StringComparison.Ordinal);
        Assert.EndsWith("2026 ob 14:30 Europe/Ljubljana.", call, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_sentence_kept_for_search_names_utc_and_the_reader_gets_their_own_zone()
    {
        var incident = Incident.Log(TestDetails.Valid(), TestDetails.Owner, TestDetails.Now);

        var logged = Assert.Single(incident.Timeline);

        Assert.Equal("logged", logged.TextKey);
        Assert.Equal("Logged the broken promise; the playbook starts with investigating where the promise came from.", logged.Description);
        Assert.Equal("Зафиксировано невыполненное обещание. Работа начинается с выяснения, откуда взялось это обещание.", logged.TextIn("ru", Ljubljana));
        var english = StoredText.Render(IncidentEvent.TextFile, "call.planned", EveryValue, "en", DateTimeZone.Utc);
        Assert.Equal("Planned the call for 2026-07-14 12:30 UTC.", english);
        Assert.Equal("Planned the call for 2026-07-14 14:30 Europe/Ljubljana.", StoredText.Render(IncidentEvent.TextFile, "call.planned", EveryValue, "en", Ljubljana));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    [InlineData("xx")]
    public void An_entry_written_before_texts_were_keyed_shows_its_stored_sentence_in_every_language(string language)
    {
        const string old = "Planned the call for 2026-03-01 14:00 UTC.";

        Assert.Equal(old, IncidentEvent.TextOf(null, null, old, language, Ljubljana));
    }

    [Fact]
    public void A_value_a_person_typed_is_inserted_as_typed_even_with_braces()
    {
        var values = new TextValues([TextValue.Text("Option", "{{Value}} {{ and more")]);

        Assert.Equal("В предложение клиенту включено: {{Value}} {{ and more.", StoredText.Render(IncidentEvent.TextFile, "offer.added", values, "ru", Ljubljana));
    }

    private static bool IsEntry(string key) => !key.StartsWith("word.", StringComparison.Ordinal) && !key.StartsWith("format.", StringComparison.Ordinal);

    private static string Show(TextValue value, string language) => StoredText.Show(IncidentEvent.TextFile, value, language, Ljubljana);

    private static string Template(string language, string key) =>
        TextResources.Read(IncidentEvent.TextFile, language).Split('\n')
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Single(parts => parts.Length == 2 && parts[0] == key)[1];

    private static List<string> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{[A-Za-z0-9]+\}\}")]
    private static partial Regex PlaceholderPattern();
}
