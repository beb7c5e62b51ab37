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
        Summary = "Reporting module delivered three weeks late",
        PromiseDescription = "The monthly reporting module would be live by the end of May.",
        PromisedOn = new DateOnly(2025, 3, 1),
        Fault = fault,
        ClientGoals = "Close the books two days faster each month.",
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
        var values = DraftValues.From(Facts() with { CallAttendees = "  ", ConversationSummary = null });

        Assert.False(values.HasCallTime);
        Assert.Null(values.CallTime);
        Assert.False(values.HasCallChannel);
        Assert.Null(values.CallChannelText);
        Assert.False(values.HasCallAttendees);
        Assert.Null(values.CallAttendees);
        Assert.False(values.HasConversationSummary);
        Assert.Null(values.ConversationSummary);
        Assert.False(values.HasOffer);
        Assert.False(values.HasNextSteps);
    }

    [Fact]
    public void Names_are_trimmed_and_dates_worded_in_english()
    {
        var values = DraftValues.From(Facts() with
        {
            NextSteps = [new NextStepLine(" Deliver ", " Maja ", new DateOnly(2026, 12, 10)), new NextStepLine("Confirm", "Ana", null)],
        });

        Assert.Equal("Acme d.o.o.", values.ClientName);
        Assert.Equal("1 March 2025", values.PromisedOn);
        Assert.Equal(new NextStepItem("Deliver", "Maja", true, "10 December 2026"), values.NextSteps[0]);
        Assert.Equal(new NextStepItem("Confirm", "Ana", false, null), values.NextSteps[1]);
    }

    [Fact]
    public void A_fault_the_drafts_do_not_know_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftValues.From(Facts((Fault)99)));
    }
}
