using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// <see cref="Incident.ToDraftFacts"/> and <see cref="Incident.ToCallPlanFacts"/>: what the draft texts are filled from, as the
/// incident stands. The client facts come only from fields written for the client.
/// </summary>
public class DraftFactsFromIncidentTests
{
    [Fact]
    public void A_new_incident_gives_the_names_and_nothing_written_for_the_client_yet()
    {
        var journey = Journey.Start();

        var facts = journey.Incident.ToDraftFacts("Acme d.o.o.", "Maja Kovač", "+386 1 234 5678");

        Assert.Equal("Acme d.o.o.", facts.ClientName);
        Assert.Equal("Maja Kovač", facts.OwnerName);
        Assert.Equal("+386 1 234 5678", facts.OwnerPhone);
        Assert.Equal("Ana Novak", facts.ContactName);
        Assert.Equal(GreetingForm.FullName, facts.Greeting);
        Assert.Null(facts.ClientSentence);
        Assert.Equal(Fault.Ours, facts.Fault);
        Assert.Empty(facts.Offer);
        Assert.Null(facts.CallStartsAt);
        Assert.Null(facts.CallLength);
        Assert.Null(facts.MeetingLink);
        Assert.Null(facts.OfferResponse);
        Assert.Null(facts.Agreed);
        Assert.Empty(facts.UpdateDays);
    }

    [Fact]
    public void The_call_plan_adds_the_internal_record_to_prepare_with()
    {
        var journey = Journey.Start().RecordOrigin(PlaybookInputs.Origin() with { PromisedOn = new DateOnly(2025, 2, 14), ClientGoals = "Pass the audit." });

        var plan = journey.Incident.ToCallPlanFacts("Acme", "Maja");

        Assert.Equal("Reporting module delivered three weeks late", plan.Summary);
        Assert.Equal("The monthly reporting module would be live by the end of May.", plan.PromiseDescription);
        Assert.Equal(new DateOnly(2025, 2, 14), plan.PromisedOn);
        Assert.Equal("Pass the audit.", plan.ClientGoals);
        Assert.Equal("Acme", plan.Client.ClientName);
    }

    [Fact]
    public void Only_offered_options_are_in_the_offer_with_their_client_descriptions()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(5_000m, "Discount"));
        journey.AddOption(PlaybookInputs.Option(9_000m, "Refund"));
        var removed = journey.AddOfferedOption(PlaybookInputs.Option(700m, "Training day"));
        journey.AddOfferedOption(PlaybookInputs.Option(1_200m, "Quick export feature") with { ValueToClientAmount = null, ValueToClientCurrency = null });
        journey.Incident.RemoveFromOffer(removed.Id, TestDetails.Owner, journey.Next());

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");
        var plan = journey.Incident.ToCallPlanFacts("Acme", "Maja");

        Assert.Equal(
            [new ClientOfferLine("For you: discount.", new Money(5_000m, "EUR")), new ClientOfferLine("For you: quick export feature.", null)],
            facts.Offer);
        Assert.Equal(
            [new PlanOfferLine("Discount", new Money(5_000m, "EUR")), new PlanOfferLine("Quick export feature", null)],
            plan.Offer);
    }

    [Fact]
    public void The_planned_call_and_the_words_for_the_client_are_in_the_facts()
    {
        var startsAt = new DateTimeOffset(2025, 6, 16, 9, 0, 0, TimeSpan.Zero);
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .ScheduleCall(requestSent: false, c => c with
            {
                StartsAt = startsAt,
                TimeZoneId = "Europe/Ljubljana",
                Channel = CallChannel.Phone,
                Attendees = "Ana Novak; Maja Kovač",
                LengthMinutes = 45,
                MeetingLink = "https://meet.example.com/abc",
                ClientSentence = "Your reports will be late.",
                Greeting = GreetingForm.TitleAndSurname,
                ContactTitle = "Dr",
            });

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(startsAt, facts.CallStartsAt);
        Assert.Equal("Europe/Ljubljana", facts.CallTimeZoneId);
        Assert.Equal(CallChannel.Phone, facts.CallChannel);
        Assert.Equal(TimeSpan.FromMinutes(45), facts.CallLength);
        Assert.Equal("https://meet.example.com/abc", facts.MeetingLink);
        Assert.Equal("Your reports will be late.", facts.ClientSentence);
        Assert.Equal(GreetingForm.TitleAndSurname, facts.Greeting);
        Assert.Equal("Dr", facts.ContactTitle);
        Assert.Equal("Ana Novak; Maja Kovač", journey.Incident.ToCallPlanFacts("Acme", "Maja").CallAttendees);
    }

    [Fact]
    public void The_conversation_gives_the_response_and_what_was_agreed_never_the_notes()
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with
            {
                Notes = "Ana asked for a refund.",
                Agreed = "You will hear from me about a refund by Friday.",
                OfferResponse = OfferResponse.Countered,
                ResponseNote = "Refund.",
            });

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(OfferResponse.Countered, facts.OfferResponse);
        Assert.Equal("You will hear from me about a refund by Friday.", facts.Agreed);
    }

    [Fact]
    public void Check_ins_give_the_days_we_update_the_client_on_without_their_topics()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var later = journey.PlanCheckIn(10, "Module in production");
        var first = journey.PlanCheckIn(3, "Test version ready");

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja Kovač");

        Assert.Equal([later.PlannedOn, first.PlannedOn], facts.UpdateDays);
    }
}
