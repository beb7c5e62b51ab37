using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Walks an incident along the playbook with plausible content, through the same domain methods the
/// pages use. Demo data uses it so every stage has something to look at; tests use it to set up an
/// incident at a given stage. The texts it saves (call request, call plan, recap) are the real drafts, and what it writes
/// for the client is in the client's language (<see cref="Incident.ClientLanguage"/>, set before the walk).
/// </summary>
public sealed class DemoPlaybook(DraftTexts drafts)
{
    /// <param name="start">When the first step happens; each later step is <paramref name="step"/> after the previous one.</param>
    /// <param name="reviewer">Who approves on the way (legal's review of a contract-linked incident, the retro); the actor when null.</param>
    public void WalkTo(Incident incident, PlaybookStage target, string clientName, Actor actor, DateTimeOffset start, TimeSpan step, Actor? reviewer = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actor);
        reviewer ??= actor;
        var at = start;
        DateTimeOffset Next() => at += step;

        while (incident.Stage != target && incident.IsOpen)
        {
            at = DoWorkOfCurrentStage(incident, clientName, actor, at, step);
            if (incident.Stage != target && incident.NextStage is { } next)
            {
                Approve(incident, next, reviewer, actor, Next());
                // The check-in planned with the recap stays planned, as it would for an incident closed before its follow-up.
                incident.MoveTo(next, actor, Next(), next == PlaybookStage.Closed ? OpenCheckInsOnClose.Keep : null);
            }
        }
    }

    /// <summary>
    /// Gives the approvals that moving on to <paramref name="next"/> needs, as legal or a team lead would; a contract-linked
    /// incident's recap waiting for legal is approved and then sent by <paramref name="owner"/>.
    /// </summary>
    public static void Approve(Incident incident, PlaybookStage next, Actor reviewer, Actor owner, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (next == PlaybookStage.InternalRetro && incident.Recap is { IsSent: false } recap && incident.IsContractLinked)
        {
            incident.RecordLegalTextReview(ClientTextKind.Recap, LegalDecision.Approved, null, reviewer, at);
            incident.SaveRecap(recap.Text, send: true, owner, at);
        }

        if (next == PlaybookStage.Conversation && incident.AwaitsLegalApproval)
        {
            incident.RecordLegalReview(
                LegalDecision.Approved,
                "The offer may be made as it stands. Say sorry for the delay, but do not call it a breach of the contract or promise anything beyond the offer.",
                reviewer,
                at);
        }

        if (next == PlaybookStage.Closed && incident.Retro is { Status: RetroReviewStatus.Submitted })
        {
            incident.ApproveRetro("Clear root cause and a measure that addresses it.", reviewer, at);
        }
    }

    /// <summary>
    /// What each open stage asks for, done with plausible content; a stage without a row here would stop the walk.
    /// Each step gets the playbook (for its drafts), the incident, the client's name, the actor and the clock that hands out the next step's time.
    /// </summary>
    public static IReadOnlyDictionary<PlaybookStage, Action<DemoPlaybook, Incident, string, Actor, Func<DateTimeOffset>>> WorkOfStage { get; } =
        new Dictionary<PlaybookStage, Action<DemoPlaybook, Incident, string, Actor, Func<DateTimeOffset>>>
        {
            [PlaybookStage.InvestigateOrigin] = (_, incident, _, actor, next) => RecordOrigin(incident, actor, next()),
            [PlaybookStage.ResearchAlternatives] = (_, incident, _, actor, next) => BuildOffer(incident, actor, next),
            [PlaybookStage.ScheduleCall] = (playbook, incident, clientName, actor, next) => playbook.ScheduleCall(incident, clientName, actor, next()),
            [PlaybookStage.Conversation] = (_, incident, _, actor, next) => RecordConversation(incident, actor, next()),
            [PlaybookStage.FollowUpRecap] = (playbook, incident, clientName, actor, next) => playbook.SendRecap(incident, clientName, actor, next()),
            [PlaybookStage.InternalRetro] = (_, incident, _, actor, next) => SubmitRetro(incident, actor, next()),
        };

    /// <summary>Does what the current stage asks for (without moving on), one step apart from <paramref name="start"/>.</summary>
    /// <returns>The time of the last step taken.</returns>
    public DateTimeOffset DoWorkOfCurrentStage(Incident incident, string clientName, Actor actor, DateTimeOffset start, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var at = start;
        if (WorkOfStage.TryGetValue(incident.Stage, out var work))
        {
            work(this, incident, clientName, actor, () => at += step);
        }

        return at;
    }

    private static void BuildOffer(Incident incident, Actor actor, Func<DateTimeOffset> next)
    {
        var option = incident.AddOption(
            new OptionDetails
            {
                Kind = CompensationKind.FreeHours,
                Description = "Forty hours of extra work from our team on what matters most to them now",
                ClientDescription = DemoClientWords.In(incident.ClientLanguage).ExtraHours,
                CostToUsAmount = 3200m,
                CostToUsCurrency = "EUR",
                ValueToClientAmount = Math.Max(6000m, (incident.LargestKnownLoss?.Amount ?? 0m) / 4m),
                ValueToClientCurrency = incident.LargestKnownLoss?.Currency ?? "EUR",
                ConfirmedBy = "Delivery lead",
            },
            actor,
            next());
        incident.AddToOffer(option.Id, actor, next());
    }

    private void ScheduleCall(Incident incident, string clientName, Actor actor, DateTimeOffset callAt)
    {
        const string meetingLink = "https://meet.example.com/promisekeeper-demo";
        var sentence = incident.ClientSentence ?? DemoClientWords.In(incident.ClientLanguage).Sentence(incident.Kind ?? IncidentKind.MissedDeadline);
        var plan = incident.ToCallPlanFacts(clientName, actor.DisplayName);
        var facts = plan.Client with
        {
            ClientSentence = sentence,
            CallStartsAt = callAt.AddDays(1),
            CallTimeZoneId = "Europe/Ljubljana",
            CallChannel = CallChannel.Video,
            CallLength = TimeSpan.FromMinutes(45),
            MeetingLink = meetingLink,
        };
        var attendees = $"{incident.ContactName}; {actor.DisplayName}";
        incident.ScheduleCall(
            new CallDetails
            {
                StartsAt = callAt.AddDays(1),
                TimeZoneId = "Europe/Ljubljana",
                Channel = CallChannel.Video,
                Attendees = attendees,
                LengthMinutes = 45,
                MeetingLink = meetingLink,
                ClientSentence = sentence,
                RequestEmail = drafts.CallRequestEmail(facts),
                VoicemailScript = drafts.VoicemailScript(facts),
                // The demo account managers read English; the sentences to say are in the client's language.
                CallPlan = drafts.CallPlan(plan with { Client = facts, CallAttendees = attendees }, Languages.English),
            },
            requestSent: true,
            actor,
            callAt);
    }

    private static void RecordConversation(Incident incident, Actor actor, DateTimeOffset heldAt) =>
        incident.RecordConversation(
            new ConversationDetails
            {
                HeldAt = heldAt,
                Notes = "They were frustrated and said so; we listened before talking about a way forward.",
                Agreed = DemoClientWords.In(incident.ClientLanguage).Agreed,
                ClientSharedFeelings = true,
                Acknowledgement = AcknowledgementGuidance.For(incident.FaultForScript).Recommended,
                OfferResponse = OfferResponse.Accepted,
            },
            actor,
            heldAt.AddMinutes(30));

    private void SendRecap(Incident incident, string clientName, Actor actor, DateTimeOffset recapAt)
    {
        incident.PlanCheckIn(DateOnly.FromDateTime(recapAt.UtcDateTime).AddDays(7), "Progress on the agreed fix", actor, recapAt);
        incident.SaveRecap(drafts.Recap(incident.ToDraftFacts(clientName, actor.DisplayName)), send: true, actor, recapAt);
    }

    private static void SubmitRetro(Incident incident, Actor actor, DateTimeOffset retroAt)
    {
        incident.SaveRetro(
            new RetroDetails
            {
                WhatHappened = incident.SummariseTimeline(Languages.English, DateTimeZone.Utc),
                RootCauseCategory = RootCauseCategory.PromiseWithoutCheckingCapacity,
                RootCause = "The date was given before delivery had checked it against the team's capacity.",
                LessonsLearned = "Dates reach clients only after delivery has confirmed them.",
            },
            actor,
            retroAt);
        incident.AddPreventionMeasure("Delivery confirms every date before it goes into a client email", "Delivery lead", DateOnly.FromDateTime(retroAt.UtcDateTime).AddDays(14), actor, retroAt);
        incident.SubmitRetro(actor, retroAt);
    }

    private static void RecordOrigin(Incident incident, Actor actor, DateTimeOffset at) =>
        incident.RecordOrigin(
            new OriginDetails
            {
                PromiseChannel = incident.PromiseChannel,
                PromiseReference = "Email thread with the client about the plan",
                PromisedOn = incident.PromisedOn,
                PromisedBy = incident.PromisedBy,
                PromisedByHasLeft = incident.PromisedByHasLeft,
                ContractReference = incident.ContractReference,
                ClientGoals = incident.ClientGoals,
                Findings = "The commitment was made in writing before delivery had checked it; the notes from the kick-off confirm what the client was told.",
            },
            actor,
            at);
}
