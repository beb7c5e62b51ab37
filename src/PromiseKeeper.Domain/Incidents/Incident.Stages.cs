using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Moving between stages: the transition table says what may follow what; the guards here say
// what must be done first, in words a person can act on.
public sealed partial class Incident
{
    public const int NotApplicableReasonMinLength = 20;
    public const int NotApplicableReasonMaxLength = 2000;

    /// <summary>The next stage on the main path, or null when the incident is finished.</summary>
    public PlaybookStage? NextStage => PlaybookTransitions.NextOnMainPath(Stage);

    /// <summary>What still has to be done before the incident can move to <paramref name="target"/>; empty when it can.</summary>
    public IReadOnlyList<string> BlockersFor(PlaybookStage target)
    {
        if (!IsOpen)
        {
            return [Blocker("finished")];
        }

        if (target == PlaybookStage.NotApplicable)
        {
            return [];
        }

        if (!PlaybookTransitions.CanMove(Stage, target))
        {
            var refusal = Blocker("not-allowed", ("From", StageNames.Of(Stage)), ("To", StageNames.Of(target)));
            return [NextStage is { } n ? $"{refusal} {Blocker("not-allowed.next", ("Next", StageNames.Of(n)))}" : refusal];
        }

        var blockers = new List<string>();
        switch (target)
        {
            case PlaybookStage.ResearchAlternatives when Stage == PlaybookStage.InvestigateOrigin:
                if (!IsOriginRecorded)
                {
                    blockers.Add(Blocker("origin"));
                }

                break;
            case PlaybookStage.ResearchAlternatives:
                if (Conversation is null || Conversation.OfferResponse == OfferResponse.Accepted)
                {
                    blockers.Add(Blocker("revise-needs-response"));
                }

                break;
            case PlaybookStage.ScheduleCall:
                if (!Offer.Any())
                {
                    blockers.Add(Blocker("offer"));
                }

                break;
            case PlaybookStage.Conversation:
                if (Call is not { IsSent: true })
                {
                    blockers.Add(Blocker("call-sent"));
                }

                if (AwaitsLegalApproval)
                {
                    blockers.Add(Blocker("legal-approval"));
                }

                break;
            case PlaybookStage.FollowUpRecap:
                if (Conversation is null)
                {
                    blockers.Add(Blocker("conversation"));
                }
                else if (!HasConversationAboutCurrentOffer)
                {
                    blockers.Add(Blocker("conversation-outdated"));
                }

                break;
            case PlaybookStage.InternalRetro:
                if (Recap is not { IsSent: true })
                {
                    blockers.Add(Blocker("recap-sent"));
                }

                break;
            case PlaybookStage.Closed:
                if (Recap is not { IsSent: true })
                {
                    blockers.Add(Blocker("close.recap"));
                }

                switch (Retro?.Status)
                {
                    case null or RetroReviewStatus.Draft:
                        blockers.Add(Blocker("close.retro"));
                        break;
                    case RetroReviewStatus.Submitted:
                        blockers.Add(Blocker("close.retro-review"));
                        break;
                    case RetroReviewStatus.SentBack:
                        blockers.Add(Blocker("close.retro-sent-back"));
                        break;
                }

                break;
        }

        return blockers;
    }

    /// <summary>Moves the incident to <paramref name="target"/> when the table allows it and nothing blocks it.</summary>
    /// <exception cref="DomainException">With every reason the move is not possible.</exception>
    public void MoveTo(PlaybookStage target, Actor actor, DateTimeOffset now)
    {
        if (target == PlaybookStage.NotApplicable)
        {
            throw new DomainException(Blocker("use-not-applicable"));
        }

        var blockers = BlockersFor(target);
        if (blockers.Count > 0)
        {
            throw new DomainException(string.Join(" ", blockers));
        }

        var from = Stage;
        Stage = target;
        if (target == PlaybookStage.Closed)
        {
            FinishedAt = now.ToUniversalTime();
            Record(actor, now, "Closed the incident: the recap was sent and the retro approved.");
        }
        else if (target == PlaybookStage.ResearchAlternatives && from == PlaybookStage.Conversation)
        {
            OfferRevisedAt = now.ToUniversalTime();
            Record(actor, now, "Went back to research alternatives to revise the offer after the client's response.");
        }
        else
        {
            Record(actor, now, $"Moved from \"{StageNames.Of(from)}\" to \"{StageNames.Of(target)}\".");
        }
    }

    /// <summary>Ends the playbook because it does not apply: the client acts in bad faith (e.g. wants a lot of work for free).</summary>
    /// <exception cref="DomainException">On a finished incident, or without a clear reason.</exception>
    public void MarkNotApplicable(string? reason, Actor actor, DateTimeOffset now)
    {
        RequireOpen("mark it as not applicable");
        var check = new RuleCheck();
        var why = check.Text("Reason", reason, NotApplicableReasonMaxLength, "Give the reason the playbook does not apply.");
        if (why.Length is > 0 and < NotApplicableReasonMinLength)
        {
            check.Add("Reason", $"Explain the reason in a full sentence (at least {NotApplicableReasonMinLength} characters); the team lead will read it.");
        }

        check.ThrowIfAny();

        var from = Stage;
        Stage = PlaybookStage.NotApplicable;
        NotApplicableReason = why;
        FinishedAt = now.ToUniversalTime();
        Record(actor, now, $"Marked as not applicable at \"{StageNames.Of(from)}\": {NotApplicableReason}");
    }

    private static string Blocker(string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Fill("stage-blockers.txt", key, values);
}
