using NodaTime;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>The domain's rule messages are made in the UI language of the moment, with numbers and dates in its culture.</summary>
public class MessagesInUiLanguageTests
{
    [Theory]
    [InlineData("en-GB", "Enter the client's name.")]
    [InlineData("ru-RU", "Укажите название клиента.")]
    [InlineData("sl-SI", "Vnesite ime stranke.")]
    public void A_field_message_is_in_the_ui_language(string culture, string expected)
    {
        var violations = InCulture.Run(culture, () => Client.Parse(" ", LoyaltyLevel.Loyal, "en").Violations);

        Assert.Equal(expected, Assert.Single(violations).Message);
    }

    [Theory]
    [InlineData("ru-RU", 300, "Сократите текст до 300 символов (сейчас 301).")]
    [InlineData("ru-RU", 21, "Сократите текст до 21 символа (сейчас 22).")]
    [InlineData("sl-SI", 2, "Besedilo naj ima največ 2 znaka (zdaj jih ima 3).")]
    [InlineData("sl-SI", 300, "Besedilo naj ima največ 300 znakov (zdaj jih ima 301).")]
    public void A_count_in_a_message_takes_the_plural_form_it_needs(string culture, int max, string expected)
    {
        var check = new RuleCheck();

        InCulture.Run(culture, () => check.Text("Summary", new string('a', max + 1), max, "unused"));

        Assert.Equal(expected, Assert.Single(check.Violations).Message);
    }

    [Fact]
    public void A_refused_step_names_the_action_and_the_stages_in_the_ui_language()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var at = journey.Next();

        var error = InCulture.Run("ru-RU", () => Assert.Throws<DomainException>(() => journey.Incident.SaveRetro(PlaybookInputs.Retro(), Owner, at)));

        Assert.Equal("Только на этапе «Внутренний разбор» можно работать над разбором; сейчас инцидент на этапе «Разговор».", error.Message);
    }

    [Fact]
    public void A_finished_incident_refuses_in_the_ui_language()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        var error = InCulture.Run("sl-SI", () => Assert.Throws<DomainException>(() => journey.Incident.Reassign(new Actor("user-21", "Luka Zupan"), Journey.Lead, journey.Next())));

        Assert.Equal("Incident je zaprt, zato ni več mogoče predati drugemu sodelavcu.", error.Message);
    }

    [Fact]
    public void A_file_size_is_written_in_the_cultures_numbers()
    {
        var content = new byte[(int)EvidenceFileCheck.MaxSizeBytes + (100 * 1024)];

        var error = InCulture.Run("ru-RU", () => Assert.Throws<DomainException>(() => EvidenceFileCheck.Check("big.txt", content)));

        Assert.StartsWith("Файл «big.txt» весит 10,1 МБ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru-RU", "29 марта 2026 г. в зоне Europe/Ljubljana времени 02:30 не существует: в 02:00 часы переводятся сразу на 03:00. Укажите время вне этого промежутка.")]
    [InlineData("sl-SI", "29. marec 2026: ura 02:30 v časovnem pasu Europe/Ljubljana ne obstaja, ker se ob 02:00 ura premakne naprej na 03:00. Vnesite čas zunaj te ure.")]
    public void A_skipped_local_time_is_explained_in_the_ui_language(string culture, string expected)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Ljubljana"];

        var message = InCulture.Run(culture, () => LocalTimes.SkippedMessage(new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Unspecified), zone));

        Assert.Equal(expected, message);
    }
}
