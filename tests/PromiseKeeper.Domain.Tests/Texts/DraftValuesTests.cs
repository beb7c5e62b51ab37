using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary><see cref="DraftValues"/>: what the draft templates are filled with, decided from the facts.</summary>
public class DraftValuesTests
{
    private static DraftFacts Facts(Fault fault = Fault.Ours) => new()
    {
        ClientName = " Acme d.o.o. ",
        ContactName = "Ana Novak",
        OwnerName = "Maja Kovač",
        Fault = fault,
    };

    [Theory]
    [InlineData("2026-07-02T12:00:00Z", "Europe/Ljubljana", "Thursday 2 July 2026 at 14:00 (Europe/Ljubljana)")]
    [InlineData("2026-12-03T13:00:00Z", "America/New_York", "Thursday 3 December 2026 at 08:00 (America/New_York)")]
    [InlineData("2026-12-03T23:30:00Z", "Asia/Tokyo", "Friday 4 December 2026 at 08:30 (Asia/Tokyo)")]
    [InlineData("2026-12-03T13:00:00Z", null, "Thursday 3 December 2026 at 13:00 (UTC)")]
    [InlineData("2026-12-03T14:00:00+01:00", "", "Thursday 3 December 2026 at 14:00 (UTC+01:00)")]
    [InlineData("2026-12-03T08:00:00-05:00", null, "Thursday 3 December 2026 at 08:00 (UTC-05:00)")]
    public void Call_times_are_shown_in_the_time_zone_with_english_names(string startsAt, string? zone, string expected)
    {
        var at = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, DraftValues.FormatCallTime(at, zone));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_a_message_a_person_can_act_on()
    {
        var facts = Facts() with { CallStartsAt = DateTimeOffset.UnixEpoch, CallTimeZoneId = "Mars/Olympus" };

        var error = Assert.Throws<DomainException>(() => DraftValues.From(facts));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fault.Ours, true, false, false)]
    [InlineData(Fault.ThirdParty, false, true, false)]
    [InlineData(Fault.ForceMajeure, false, true, false)]
    [InlineData(Fault.Client, false, false, true)]
    [InlineData(Fault.Disputed, false, false, true)]
    public void Exactly_one_way_of_acknowledging_fits_each_fault(Fault fault, bool ours, bool thirdPartyOrForceMajeure, bool disputedOrClient)
    {
        var values = DraftValues.From(Facts(fault));

        Assert.Equal(ours, values.FaultIsOurs);
        Assert.Equal(thirdPartyOrForceMajeure, values.FaultIsThirdPartyOrForceMajeure);
        Assert.Equal(disputedOrClient, values.FaultIsDisputedOrClient);
    }

    [Fact]
    public void A_value_that_does_not_apply_is_null_and_flagged_as_absent()
    {
        var values = DraftValues.From(Facts() with { ClientSentence = "  ", OwnerPhone = " ", Agreed = null, MeetingLink = "" });

        Assert.False(values.HasCallTime);
        Assert.Null(values.CallTime);
        Assert.False(values.HasCallChannel);
        Assert.Null(values.CallChannelText);
        Assert.False(values.HasClientSentence);
        Assert.Null(values.ClientSentence);
        Assert.False(values.HasOwnerPhone);
        Assert.Null(values.OwnerPhone);
        Assert.False(values.HasAgreed);
        Assert.Null(values.Agreed);
        Assert.False(values.HasMeetingLink);
        Assert.Null(values.MeetingLink);
        Assert.False(values.HasOffer);
        Assert.False(values.HasUpdateDays);
    }

    [Fact]
    public void Names_are_trimmed_and_update_days_worded_in_english_in_order()
    {
        var values = DraftValues.From(Facts() with { UpdateDays = [new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 3)] });

        Assert.Equal("Acme d.o.o.", values.ClientName);
        Assert.Equal(["3 December 2026", "10 December 2026"], values.UpdateDays);
    }

    [Theory]
    [InlineData(GreetingForm.FirstName, null, "Ana")]
    [InlineData(GreetingForm.FullName, null, "Ana Novak")]
    [InlineData(GreetingForm.TitleAndSurname, "Dr", "Dr Novak")]
    [InlineData(GreetingForm.TitleAndSurname, null, "Ana Novak")]
    public void The_greeting_names_the_contact_as_chosen(GreetingForm form, string? title, string expected)
    {
        var values = DraftValues.From(Facts() with { ContactName = " Ana  Novak ", Greeting = form, ContactTitle = title });

        Assert.Equal(expected, values.GreetingName);
    }

    [Theory]
    [InlineData(15, "15 minutes")]
    [InlineData(30, "half an hour")]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "an hour")]
    public void The_call_length_is_worded_as_the_email_asks_for_it(int minutes, string expected)
    {
        Assert.Equal(expected, DraftValues.From(Facts() with { CallLength = TimeSpan.FromMinutes(minutes) }).CallLengthText);
    }

    [Fact]
    public void An_option_without_money_or_with_nothing_shows_no_value_and_one_without_a_client_description_leaves_a_gap()
    {
        var values = DraftValues.From(Facts() with
        {
            Offer =
            [
                new ClientOfferLine("A new date for the reports", null),
                new ClientOfferLine("Ten hours of work", new Money(0m, "EUR")),
                new ClientOfferLine(null, new Money(1_500m, "EUR")),
            ],
        });

        Assert.Equal(new OfferItem(true, "A new date for the reports", false, null), values.Offer[0]);
        Assert.Equal(new OfferItem(true, "Ten hours of work", false, null), values.Offer[1]);
        Assert.Equal(new OfferItem(false, null, true, "1,500.00 EUR"), values.Offer[2]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.com/x")]
    [InlineData("meet.example.com/abc")]
    public void A_meeting_link_that_is_not_a_web_address_never_reaches_a_draft(string link)
    {
        Assert.False(DraftValues.From(Facts() with { MeetingLink = link }).HasMeetingLink);
    }

    [Fact]
    public void A_fault_the_drafts_do_not_know_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftValues.From(Facts((Fault)99)));
    }
}
