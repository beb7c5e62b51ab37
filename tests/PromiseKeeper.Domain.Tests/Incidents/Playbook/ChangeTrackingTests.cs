using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Every action moves <see cref="Incident.LastChangedAt"/> and appends exactly the expected timeline events; no-ops do neither.</summary>
public class ChangeTrackingTests
{
    private static readonly Actor _actor = Journey.Lead;

    public static TheoryData<string, int> Actions => new()
    {
        { "record the origin", 1 },
        { "record the origin with a new contract reference", 2 },
        { "correct the origin removing the contract reference", 3 },
        { "add pasted evidence", 1 },
        { "add a document", 1 },
        { "move to research", 1 },
        { "add an option", 1 },
        { "confirm an option", 1 },
        { "add an option to the offer", 1 },
        { "take an option out of the offer", 1 },
        { "plan the call", 1 },
        { "plan the call and send the request", 1 },
        { "draft a written message", 1 },
        { "send a written message", 1 },
        { "record the conversation", 1 },
        { "record the conversation with the client's damage", 2 },
        { "go back to research", 1 },
        { "save a recap draft", 1 },
        { "send the recap", 1 },
        { "plan a check-in", 1 },
        { "tick off a check-in", 1 },
        { "save the retro", 1 },
        { "add a prevention measure", 1 },
        { "submit the retro", 1 },
        { "move a measure on", 1 },
        { "move a measure on after closing", 1 },
        { "close", 1 },
        { "mark not applicable", 1 },
        { "approve as legal", 1 },
        { "ask for changes as legal", 1 },
        { "ask legal again", 1 },
        { "add to an approved offer", 2 },
        { "take out of an approved offer", 2 },
        { "change the contract reference after approval", 3 },
        { "approve the retro", 1 },
        { "send the retro back", 1 },
        { "resubmit the retro", 1 },
        { "mark a measure done", 1 },
        { "reassign", 1 },
    };

    public static TheoryData<string> NoOps => new()
    {
        "offer an option already offered",
        "take out an option not offered",
        "tick off a check-in already done",
        "set a measure to its own status",
        "offer an option already in an approved offer",
    };

    [Fact]
    public void A_new_incident_was_last_changed_when_it_was_logged()
    {
        var journey = Journey.Start();

        Assert.Equal(TestDetails.Now, journey.Incident.LastChangedAt);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_action_records_who_and_when_and_moves_the_change_time(string action, int events)
    {
        var (journey, act) = Arrange(action);
        var before = journey.Incident.Timeline.Count;
        var at = journey.Next().AddSeconds(7);

        act(journey.Incident, at);

        Assert.Equal(at, journey.Incident.LastChangedAt);
        Assert.Equal(before + events, journey.Incident.Timeline.Count);
        Assert.All(journey.Incident.Timeline.Skip(before), e =>
        {
            Assert.Equal(_actor.UserId, e.ActorId);
            Assert.Equal(_actor.DisplayName, e.ActorName);
            Assert.Equal(at, e.OccurredAt);
            Assert.False(string.IsNullOrWhiteSpace(e.Description));
        });
    }

    [Theory]
    [MemberData(nameof(NoOps))]
    public void An_action_that_changes_nothing_records_nothing(string action)
    {
        var (journey, act) = Arrange(action);
        var before = journey.Incident.Timeline.Count;
        var lastChanged = journey.Incident.LastChangedAt;

        act(journey.Incident, journey.Next());

        Assert.Equal(before, journey.Incident.Timeline.Count);
        Assert.Equal(lastChanged, journey.Incident.LastChangedAt);
    }

    private static IncidentDetails ContractLinked() => TestDetails.Valid() with { ContractReference = "SOW 3" };

    private static OriginDetails ContractOrigin(string reference = "SOW 3") => PlaybookInputs.Origin() with { ContractReference = reference };

    private static Journey ApprovedByLegal()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives, ContractLinked());
        journey.AddOfferedOption();
        return journey.ApproveAsLegal();
    }

    private static DateOnly Day(DateTimeOffset at, int plus) => DateOnly.FromDateTime(at.UtcDateTime).AddDays(plus);

    private static (Journey Journey, Action<Incident, DateTimeOffset> Act) Arrange(string action)
    {
        switch (action)
        {
            case "record the origin":
                return (Journey.Start(), (i, at) => i.RecordOrigin(PlaybookInputs.Origin(), _actor, at));
            case "record the origin with a new contract reference":
                return (Journey.Start(), (i, at) => i.RecordOrigin(PlaybookInputs.Origin() with { ContractReference = "SOW 3" }, _actor, at));
            case "correct the origin removing the contract reference":
                return (Journey.Start(TestDetails.Valid() with { ContractReference = "SOW 3" }).RecordOrigin(PlaybookInputs.Origin() with { ContractReference = "SOW 3" }),
                    (i, at) => i.RecordOrigin(PlaybookInputs.Origin(), _actor, at));
            case "add pasted evidence":
                return (Journey.Start(), (i, at) => i.AddPastedEvidence("Email", "End of May.", _actor, at));
            case "add a document":
                return (Journey.Start(), (i, at) => i.AddDocumentEvidence(null, PlaybookInputs.Pdf(), _actor, at));
            case "move to research":
                return (Journey.Start().RecordOrigin(), (i, at) => i.MoveTo(PlaybookStage.ResearchAlternatives, _actor, at));
            case "add an option":
                return (Journey.At(PlaybookStage.ResearchAlternatives), (i, at) => i.AddOption(PlaybookInputs.Option(), _actor, at));
            case "confirm an option":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives);
                var option = journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });
                return (journey, (i, at) => i.ConfirmOption(option.Id, "Nina Kralj", _actor, at));
            }

            case "add an option to the offer":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives);
                var option = journey.AddOption();
                return (journey, (i, at) => i.AddToOffer(option.Id, _actor, at));
            }

            case "take an option out of the offer":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives);
                var option = journey.AddOfferedOption();
                return (journey, (i, at) => i.RemoveFromOffer(option.Id, _actor, at));
            }

            case "offer an option already offered":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives);
                var option = journey.AddOfferedOption();
                return (journey, (i, at) => i.AddToOffer(option.Id, _actor, at));
            }

            case "take out an option not offered":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives);
                var option = journey.AddOption();
                return (journey, (i, at) => i.RemoveFromOffer(option.Id, _actor, at));
            }

            case "plan the call":
                return (Journey.At(PlaybookStage.ScheduleCall), (i, at) => i.ScheduleCall(PlaybookInputs.Call(at), false, _actor, at));
            case "plan the call and send the request":
                return (Journey.At(PlaybookStage.ScheduleCall), (i, at) => i.ScheduleCall(PlaybookInputs.Call(at), true, _actor, at));
            case "draft a written message":
                return (Journey.At(PlaybookStage.ScheduleCall), (i, at) => i.WriteInsteadOfCall(PlaybookInputs.EmailInstead(), false, _actor, at));
            case "send a written message":
                return (Journey.At(PlaybookStage.ScheduleCall), (i, at) => i.WriteInsteadOfCall(PlaybookInputs.EmailInstead(), true, _actor, at));
            case "record the conversation":
                return (Journey.At(PlaybookStage.Conversation), (i, at) => i.RecordConversation(PlaybookInputs.Conversation(at), _actor, at));
            case "record the conversation with the client's damage":
                return (Journey.At(PlaybookStage.Conversation),
                    (i, at) => i.RecordConversation(PlaybookInputs.Conversation(at) with { ClientDamageAmount = 45_000m, ClientDamageCurrency = "EUR" }, _actor, at));
            case "go back to research":
                return (Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { OfferResponse = OfferResponse.Rejected, ResponseNote = "No." }),
                    (i, at) => i.MoveTo(PlaybookStage.ResearchAlternatives, _actor, at));
            case "save a recap draft":
                return (Journey.At(PlaybookStage.FollowUpRecap), (i, at) => i.SaveRecap(PlaybookInputs.RecapText, false, _actor, at));
            case "send the recap":
                return (Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(send: false), (i, at) => i.SaveRecap(PlaybookInputs.RecapText, true, _actor, at));
            case "plan a check-in":
                return (Journey.At(PlaybookStage.FollowUpRecap), (i, at) => i.PlanCheckIn(Day(at, 3), "Progress", _actor, at));
            case "tick off a check-in":
            {
                var journey = Journey.At(PlaybookStage.FollowUpRecap);
                var checkIn = journey.PlanCheckIn();
                return (journey, (i, at) => i.SetCheckInDone(checkIn.Id, true, _actor, at));
            }

            case "tick off a check-in already done":
            {
                var journey = Journey.At(PlaybookStage.FollowUpRecap);
                var checkIn = journey.PlanCheckIn();
                journey.Incident.SetCheckInDone(checkIn.Id, true, TestDetails.Owner, journey.Next());
                return (journey, (i, at) => i.SetCheckInDone(checkIn.Id, true, _actor, at));
            }

            case "save the retro":
                return (Journey.At(PlaybookStage.InternalRetro), (i, at) => i.SaveRetro(PlaybookInputs.Retro(), _actor, at));
            case "add a prevention measure":
                return (Journey.At(PlaybookStage.InternalRetro), (i, at) => i.AddPreventionMeasure("Capacity check", "Tina", Day(at, 10), _actor, at));
            case "submit the retro":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                return (journey, (i, at) => i.SubmitRetro(_actor, at));
            }

            case "move a measure on":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro);
                var measure = journey.AddMeasure();
                return (journey, (i, at) => i.SetMeasureStatus(measure.Id, MeasureStatus.InProgress, null, _actor, at));
            }

            case "set a measure to its own status":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro);
                var measure = journey.AddMeasure();
                return (journey, (i, at) => i.SetMeasureStatus(measure.Id, MeasureStatus.Planned, null, _actor, at));
            }

            case "move a measure on after closing":
            {
                var journey = Journey.At(PlaybookStage.Closed);
                var measure = journey.Incident.PreventionMeasures[0];
                return (journey, (i, at) => i.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Done and checked by the team.", _actor, at));
            }

            case "close":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                journey.SubmitRetro().ApproveRetro();
                return (journey, (i, at) => i.MoveTo(PlaybookStage.Closed, _actor, at));
            }

            case "mark not applicable":
                return (Journey.At(PlaybookStage.ScheduleCall), (i, at) => i.MarkNotApplicable("The client wants everything for free.", _actor, at));
            case "approve as legal":
            {
                var journey = Journey.At(PlaybookStage.ResearchAlternatives, ContractLinked());
                journey.AddOfferedOption();
                return (journey, (i, at) => i.RecordLegalReview(LegalDecision.Approved, null, _actor, at));
            }

            case "ask for changes as legal":
                return (Journey.At(PlaybookStage.ResearchAlternatives, ContractLinked()),
                    (i, at) => i.RecordLegalReview(LegalDecision.ChangesRequired, "No refund.", _actor, at));
            case "ask legal again":
                return (Journey.At(PlaybookStage.ResearchAlternatives, ContractLinked()).RequireChangesAsLegal(), (i, at) => i.AskLegalAgain(_actor, at));
            case "add to an approved offer":
            {
                var journey = ApprovedByLegal();
                var option = journey.AddOption(PlaybookInputs.Option(1_500m, "Free training day"));
                return (journey, (i, at) => i.AddToOffer(option.Id, _actor, at));
            }

            case "take out of an approved offer":
            {
                var journey = ApprovedByLegal();
                var option = journey.Incident.Offer.Single();
                return (journey, (i, at) => i.RemoveFromOffer(option.Id, _actor, at));
            }

            case "offer an option already in an approved offer":
            {
                var journey = ApprovedByLegal();
                var option = journey.Incident.Offer.Single();
                return (journey, (i, at) => i.AddToOffer(option.Id, _actor, at));
            }

            case "change the contract reference after approval":
                return (ApprovedByLegal(), (i, at) => i.RecordOrigin(ContractOrigin("SOW 4"), _actor, at));
            case "approve the retro":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                return (journey.SubmitRetro(), (i, at) => i.ApproveRetro(null, _actor, at));
            }

            case "send the retro back":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                return (journey.SubmitRetro(), (i, at) => i.SendRetroBack("Ask why once more.", _actor, at));
            }

            case "resubmit the retro":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                return (journey.SubmitRetro().SendRetroBack(), (i, at) => i.SubmitRetro(_actor, at));
            }

            case "mark a measure done":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro);
                var measure = journey.AddMeasure();
                return (journey, (i, at) => i.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Checklist in the quote template.", _actor, at));
            }

            case "reassign":
                return (Journey.At(PlaybookStage.Conversation), (i, at) => i.Reassign(new Actor("user-21", "Luka Zupan"), _actor, at));
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "No such action in this test.");
        }
    }
}
