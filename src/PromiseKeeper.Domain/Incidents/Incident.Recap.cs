using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Stage 5: the written recap to the client, and check-ins while the fix is under way.
public sealed partial class Incident
{
    public const int RecapMaxLength = 10_000;

    public FollowUpRecap? Recap { get; private set; }

    /// <summary>
    /// Saves the recap text and, when <paramref name="send"/> is set, records that it went to the client. On a contract-linked
    /// incident only a wording legal approved can be marked as sent: any other is saved as a draft and goes to legal first.
    /// </summary>
    /// <returns>Whether the recap is now a draft, sent, or a draft waiting for legal.</returns>
    /// <exception cref="DomainException">Outside the recap stage, once the recap was sent, or for a missing or too long text.</exception>
    public RecapSaved SaveRecap(string? text, bool send, Actor actor, DateTimeOffset now)
    {
        RequireStage("write-recap", PlaybookStage.FollowUpRecap);
        if (Recap is { IsSent: true })
        {
            throw new DomainException(Messages.Of("recap.already-sent"));
        }

        var check = new RuleCheck();
        var recapText = check.Text("Text", text, RecapMaxLength, Messages.Of("recap.text-missing"));
        check.ThrowIfAny();

        Recap ??= new FollowUpRecap();
        Recap.Update(recapText);
        var toLegal = send && !LegalAllowsWording(ClientTextKind.Recap, recapText);
        var sent = send && !toLegal;
        if (sent)
        {
            Recap.MarkSent(actor, now);
        }

        RecordBlameFindings(ClientTextKind.Recap, Recap.Text, sent, now);
        NoteDraftsWritten();
        if (toLegal)
        {
            SendWordingToLegal(ClientTextKind.Recap, actor, now);
            return RecapSaved.WaitsForLegal;
        }

        Record(actor, now, sent ? "recap.sent" : "recap.drafted");
        return sent ? RecapSaved.Sent : RecapSaved.Draft;
    }

    /// <summary>Plans a moment to update the client while the fix is under way; the incident's owner updates them.</summary>
    /// <exception cref="DomainException">Before the conversation, on a finished incident, or when a field rule is broken.</exception>
    public CheckIn PlanCheckIn(DateOnly? plannedOn, string? topic, Actor actor, DateTimeOffset now) =>
        PlanCheckIn(plannedOn, topic, null, actor, now);

    /// <summary>Plans a moment to update the client while the fix is under way, with who updates them.</summary>
    /// <param name="owner">The user (of any team) who updates the client; null or the incident's owner: the incident's owner, whoever that is later.</param>
    /// <exception cref="DomainException">Before the conversation, on a finished incident, or when a field rule is broken.</exception>
    public CheckIn PlanCheckIn(DateOnly? plannedOn, string? topic, Actor? owner, Actor actor, DateTimeOffset now)
    {
        RequireStage("plan-check-in", PlaybookStage.FollowUpRecap, PlaybookStage.InternalRetro);
        var check = new RuleCheck();
        var day = check.Present("PlannedOn", plannedOn, Messages.Of("check-in.date-missing"));
        if (plannedOn < DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1))
        {
            check.Add("PlannedOn", Messages.Of("check-in.in-past"));
        }
        else if (plannedOn > DateOnly.FromDateTime(now.UtcDateTime).AddYears(1))
        {
            check.Add("PlannedOn", Messages.Of("check-in.too-far"));
        }

        var checkedTopic = check.Text("Topic", topic, CheckIn.TopicMaxLength, Messages.Of("check-in.topic-missing"));
        check.ThrowIfAny();

        var checkIn = CheckIn.Plan(day, checkedTopic, OwnerIdOfCheckIn(owner));
        _checkIns.Add(checkIn);
        if (checkIn.OwnerId is null)
        {
            Record(actor, now, "check-in.planned", TextValue.Date("On", checkIn.PlannedOn), TextValue.Text("Topic", checkIn.Topic));
        }
        else
        {
            Record(actor, now, "check-in.planned-for", TextValue.Date("On", checkIn.PlannedOn), TextValue.Text("Topic", checkIn.Topic), TextValue.Text("Owner", OwnerAsNamed(owner!).DisplayName));
        }

        return checkIn;
    }

    /// <exception cref="DomainException">On a finished incident or for an unknown check-in.</exception>
    public void SetCheckInDone(Guid checkInId, bool done, Actor actor, DateTimeOffset now)
    {
        var checkIn = _checkIns.FirstOrDefault(c => c.Id == checkInId);
        // A check-in kept planned when the incident closed is still owed to the client, so it can still be done.
        if (!IsOpen && (Stage != PlaybookStage.Closed || checkIn is null || checkIn.CancelledAt is not null))
        {
            RequireOpen("update-check-ins");
        }

        if (checkIn is null)
        {
            throw new DomainException(Messages.Of("check-in.unknown"));
        }

        if (checkIn.IsDone == done)
        {
            return;
        }

        checkIn.SetDone(done, now);
        Record(actor, now, done ? "check-in.done" : "check-in.not-done", TextValue.Date("On", checkIn.PlannedOn), TextValue.Text("Topic", checkIn.Topic));
    }
}
