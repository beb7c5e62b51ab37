using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary><see cref="Incident.ToDraftFacts"/>: what the draft texts are filled from, as the incident stands.</summary>
public class DraftFactsFromIncidentTests
{
    [Fact]
    public void A_new_incident_gives_the_basic_facts_and_nothing_planned()
    {
        var journey = Journey.Start();

        var facts = journey.Incident.ToDraftFacts("Acme d.o.o.", "Maja Kovač");

        Assert.Equal("Acme d.o.o.", facts.ClientName);
        Assert.Equal("Maja Kovač", facts.OwnerName);
        Assert.Equal("Ana Novak", facts.ContactName);
        Assert.Equal("Reporting module delivered three weeks late", facts.Summary);
        Assert.Equal("The monthly reporting module would be live by the end of May.", facts.PromiseDescription);
        Assert.Equal(new DateOnly(2025, 3, 1), facts.PromisedOn);
        Assert.Equal(Fault.Ours, facts.Fault);
        Assert.Equal("Close the books two days faster each month.", facts.ClientGoals);
        Assert.Empty(facts.Offer);
        Assert.Null(facts.CallStartsAt);
        Assert.Null(facts.CallTimeZoneId);
        Assert.Null(facts.CallChannel);
        Assert.Null(facts.CallAttendees);
        Assert.Null(facts.OfferResponse);
        Assert.Null(facts.ConversationSummary);
        Assert.Empty(facts.NextSteps);
    }

    [Fact]
    public void The_origin_as_recorded_is_used()
    {
        var journey = Journey.Start().RecordOrigin(PlaybookInputs.Origin() with { PromisedOn = new DateOnly(2025, 2, 14), ClientGoals = "Pass the audit." });

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(new DateOnly(2025, 2, 14), facts.PromisedOn);
        Assert.Equal("Pass the audit.", facts.ClientGoals);
    }

    [Fact]
    public void Only_offered_options_are_in_the_offer()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(5_000m, "Discount"));
        journey.AddOption(PlaybookInputs.Option(9_000m, "Refund"));
        var removed = journey.AddOfferedOption(PlaybookInputs.Option(700m, "Training day"));
        journey.AddOfferedOption(PlaybookInputs.Option(1_200m, "Quick export feature"));
        journey.Incident.RemoveFromOffer(removed.Id, TestDetails.Owner, journey.Next());

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(
            [new OfferLine("Discount", new Money(5_000m, "EUR")), new OfferLine("Quick export feature", new Money(1_200m, "EUR"))],
            facts.Offer);
    }

    [Fact]
    public void The_planned_call_is_in_the_facts()
    {
        var startsAt = new DateTimeOffset(2025, 6, 16, 9, 0, 0, TimeSpan.Zero);
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .ScheduleCall(requestSent: false, c => c with { StartsAt = startsAt, TimeZoneId = "Europe/Ljubljana", Channel = CallChannel.Phone, Attendees = "Ana Novak; Maja Kovač" });

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(startsAt, facts.CallStartsAt);
        Assert.Equal("Europe/Ljubljana", facts.CallTimeZoneId);
        Assert.Equal(CallChannel.Phone, facts.CallChannel);
        Assert.Equal("Ana Novak; Maja Kovač", facts.CallAttendees);
    }

    [Fact]
    public void The_conversation_gives_the_response_and_the_summary()
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { Notes = "Ana asked for a refund.", OfferResponse = OfferResponse.Countered, ResponseNote = "Refund." });

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja");

        Assert.Equal(OfferResponse.Countered, facts.OfferResponse);
        Assert.Equal("Ana asked for a refund.", facts.ConversationSummary);
    }

    [Fact]
    public void Check_ins_are_the_next_steps_by_date_with_the_owner()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var later = journey.PlanCheckIn(10, "Module in production");
        var first = journey.PlanCheckIn(3, "Test version ready");
        var middle = journey.PlanCheckIn(7, "Training for the finance team");

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja Kovač");

        Assert.Equal(
            [
                new NextStepLine("Test version ready", "Maja Kovač", first.PlannedOn),
                new NextStepLine("Training for the finance team", "Maja Kovač", middle.PlannedOn),
                new NextStepLine("Module in production", "Maja Kovač", later.PlannedOn),
            ],
            facts.NextSteps);
    }
}
