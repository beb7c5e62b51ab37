using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Logs an incident and walks it through the playbook with the real methods and valid inputs.
/// Every action happens one <see cref="Step"/> after the previous one, starting at <see cref="TestDetails.Now"/>;
/// <see cref="Clock"/> is the time of the last action.
/// </summary>
internal sealed class Journey
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    /// <summary>A second person, to see that the timeline records who acted.</summary>
    public static readonly Actor Lead = new("user-3", "Tina Zorko");

    public static readonly Actor Legal = new("user-4", "Lena Kovač");

    private Journey(Incident incident)
    {
        Incident = incident;
        Clock = TestDetails.Now;
    }

    public Incident Incident { get; }

    /// <summary>The time of the last action.</summary>
    public DateTimeOffset Clock { get; private set; }

    public static Journey Start(IncidentDetails? details = null) =>
        new(Incident.Log(details ?? TestDetails.Valid(), TestDetails.Owner, TestDetails.Now));

    /// <summary>An incident at <paramref name="stage"/>, with every earlier stage done. Not for "not applicable".</summary>
    public static Journey At(PlaybookStage stage, IncidentDetails? details = null) => Start(details).WalkTo(stage);

    /// <summary>Advances the clock one step and returns the new time, for the next action.</summary>
    public DateTimeOffset Next()
    {
        Clock += Step;
        return Clock;
    }

    /// <summary>Does the work of each stage and moves on, until the incident is at <paramref name="target"/>.</summary>
    public Journey WalkTo(PlaybookStage target)
    {
        if (target == PlaybookStage.NotApplicable)
        {
            throw new ArgumentException("Use MarkNotApplicable for that.", nameof(target));
        }

        while (Incident.Stage != target)
        {
            switch (Incident.Stage)
            {
                case PlaybookStage.InvestigateOrigin:
                    // Keeps a contract reference the incident was logged with, so a contract-linked walk stays contract-linked.
                    RecordOrigin(PlaybookInputs.Origin() with { ContractReference = Incident.ContractReference });
                    break;
                case PlaybookStage.ResearchAlternatives:
                    if (!Incident.Offer.Any())
                    {
                        AddOfferedOption();
                    }

                    if (Incident.AwaitsLegalApproval)
                    {
                        ApproveAsLegal();
                    }

                    break;
                case PlaybookStage.ScheduleCall:
                    ScheduleCall();
                    break;
                case PlaybookStage.Conversation:
                    RecordConversation();
                    break;
                case PlaybookStage.FollowUpRecap:
                    SaveRecap();
                    if (Incident.Recap is { IsSent: false })
                    {
                        // Contract-linked: the recap went to legal; it is sent once legal approved the wording.
                        ApproveWordingAsLegal(ClientTextKind.Recap).SaveRecap();
                    }

                    break;
                case PlaybookStage.InternalRetro:
                    SaveRetro();
                    AddMeasure();
                    SubmitRetro();
                    ApproveRetro();
                    break;
                default:
                    throw new InvalidOperationException($"Cannot walk from {Incident.Stage} to {target}.");
            }

            // A check-in planned on the way stays planned when the walk closes the incident.
            var next = PlaybookTransitions.NextOnMainPath(Incident.Stage)!.Value;
            Incident.MoveTo(next, TestDetails.Owner, Next(), next == PlaybookStage.Closed ? OpenCheckInsOnClose.Keep : null);
        }

        return this;
    }

    public Journey MoveTo(PlaybookStage target, Actor? actor = null)
    {
        Incident.MoveTo(target, actor ?? TestDetails.Owner, Next());
        return this;
    }

    public Journey RecordOrigin(OriginDetails? details = null)
    {
        Incident.RecordOrigin(details ?? PlaybookInputs.Origin(), TestDetails.Owner, Next());
        return this;
    }

    public CompensationOption AddOption(OptionDetails? details = null) =>
        Incident.AddOption(details ?? PlaybookInputs.Option(), TestDetails.Owner, Next());

    public CompensationOption AddOfferedOption(OptionDetails? details = null)
    {
        var option = AddOption(details);
        Incident.AddToOffer(option.Id, TestDetails.Owner, Next());
        return option;
    }

    /// <summary>Plans the call with <see cref="PlaybookInputs.Call"/> (or <paramref name="change"/> of it).</summary>
    public Journey ScheduleCall(bool requestSent = true, Func<CallDetails, CallDetails>? change = null)
    {
        var now = Next();
        var details = PlaybookInputs.Call(now);
        Incident.ScheduleCall(change is null ? details : change(details), requestSent, TestDetails.Owner, now);
        return this;
    }

    public Journey WriteInstead(bool sent = true, EmailInsteadDetails? details = null)
    {
        Incident.WriteInsteadOfCall(details ?? PlaybookInputs.EmailInstead(), sent, TestDetails.Owner, Next());
        return this;
    }

    /// <summary>Records the conversation with <see cref="PlaybookInputs.Conversation"/> held now (or <paramref name="change"/> of it).</summary>
    public Journey RecordConversation(Func<ConversationDetails, ConversationDetails>? change = null)
    {
        var now = Next();
        var details = PlaybookInputs.Conversation(now);
        Incident.RecordConversation(change is null ? details : change(details), TestDetails.Owner, now);
        return this;
    }

    public Journey SaveRecap(string text = PlaybookInputs.RecapText, bool send = true)
    {
        Incident.SaveRecap(text, send, TestDetails.Owner, Next());
        return this;
    }

    /// <summary>Plans a check-in <paramref name="daysAhead"/> days after the action's date.</summary>
    public CheckIn PlanCheckIn(int daysAhead = 7, string topic = "Progress on the reporting module")
    {
        var now = Next();
        return Incident.PlanCheckIn(DateOnly.FromDateTime(now.UtcDateTime).AddDays(daysAhead), topic, TestDetails.Owner, now);
    }

    public Journey SaveRetro(RetroDetails? details = null)
    {
        Incident.SaveRetro(details ?? PlaybookInputs.Retro(), TestDetails.Owner, Next());
        return this;
    }

    /// <summary>Adds a measure due <paramref name="daysAhead"/> days after the action's date.</summary>
    public PreventionMeasure AddMeasure(string description = "Capacity check before any date goes to a client", int daysAhead = 30)
    {
        var now = Next();
        return Incident.AddPreventionMeasure(description, "Tina Zorko", DateOnly.FromDateTime(now.UtcDateTime).AddDays(daysAhead), TestDetails.Owner, now);
    }

    public Journey SubmitRetro()
    {
        Incident.SubmitRetro(Lead, Next());
        return this;
    }

    public Journey ApproveRetro(string? comments = null)
    {
        Incident.ApproveRetro(comments, Lead, Next());
        return this;
    }

    public Journey SendRetroBack(string comments = "The root cause stops at the symptom; ask why once more.")
    {
        Incident.SendRetroBack(comments, Lead, Next());
        return this;
    }

    public Journey ApproveAsLegal(string? notes = "Offer as it stands; no admission of breach.")
    {
        Incident.RecordLegalReview(LegalDecision.Approved, notes, Legal, Next());
        return this;
    }

    public Journey ApproveWordingAsLegal(ClientTextKind text, string? note = null)
    {
        Incident.RecordLegalTextReview(text, LegalDecision.Approved, note, Legal, Next());
        return this;
    }

    public Journey RequireChangesAsLegal(string notes = "Do not offer a refund; clause 7 caps liability.")
    {
        Incident.RecordLegalReview(LegalDecision.ChangesRequired, notes, Legal, Next());
        return this;
    }

    public Journey MarkNotApplicable(string reason = "The client demands a year of free work and threatens to leave.")
    {
        Incident.MarkNotApplicable(reason, TestDetails.Owner, Next());
        return this;
    }
}
