using System.Diagnostics.CodeAnalysis;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The one table of playbook stages: per stage its name, whether work still happens there, which stages may
/// follow it and what blocks each move, and its guidance text. Adding a stage means a row here
/// (see docs/how-to-add-a-stage.md). Blocker texts come from <c>stage-blockers.txt</c>.
/// </summary>
public static class PlaybookStages
{
    /// <summary>
    /// The stages in playbook order. A new incident starts at the first; each open stage's first exit is the
    /// next stage on the main path. Any open stage can also end as not applicable (through
    /// <see cref="Incident.MarkNotApplicable"/>, which asks for the reason).
    /// </summary>
    public static IReadOnlyList<StageDescriptor> All { get; } =
    [
        new()
        {
            Stage = PlaybookStage.InvestigateOrigin,
            GuidanceKey = "investigate-origin",
            IsOpen = true,
            Exits = [new(PlaybookStage.ResearchAlternatives, OriginIsRecorded), NotApplicableExit()],
        },
        new()
        {
            Stage = PlaybookStage.ResearchAlternatives,
            GuidanceKey = "research-alternatives",
            IsOpen = true,
            Exits = [new(PlaybookStage.ScheduleCall, OfferIsMade), NotApplicableExit()],
        },
        new()
        {
            Stage = PlaybookStage.ScheduleCall,
            GuidanceKey = "schedule-call",
            IsOpen = true,
            Exits = [new(PlaybookStage.Conversation, CallIsAskedForAndLegalApproved), NotApplicableExit()],
        },
        new()
        {
            Stage = PlaybookStage.Conversation,
            GuidanceKey = "conversation",
            IsOpen = true,
            Exits =
            [
                new(PlaybookStage.FollowUpRecap, ConversationAboutCurrentOfferIsRecorded),
                new(PlaybookStage.ResearchAlternatives, ClientDidNotAcceptTheOffer, "stage.back-to-research")
                {
                    Taken = (incident, now) => incident.NoteOfferRevised(now),
                },
                NotApplicableExit(),
            ],
        },
        new()
        {
            Stage = PlaybookStage.FollowUpRecap,
            GuidanceKey = "follow-up-recap",
            IsOpen = true,
            Exits = [new(PlaybookStage.InternalRetro, RecapIsSent), NotApplicableExit()],
        },
        new()
        {
            Stage = PlaybookStage.InternalRetro,
            GuidanceKey = "internal-retro",
            IsOpen = true,
            Exits = [new(PlaybookStage.Closed, RecapIsSentAndRetroApproved, "stage.closed"), NotApplicableExit()],
        },
        new()
        {
            Stage = PlaybookStage.Closed,
            GuidanceKey = "closed",
            IsOpen = false,
            Exits = [],
        },
        new()
        {
            Stage = PlaybookStage.NotApplicable,
            GuidanceKey = "not-applicable",
            IsOpen = false,
            Exits = [],
        },
    ];

    private static readonly Dictionary<PlaybookStage, StageDescriptor> ByStage = All.ToDictionary(d => d.Stage);

    /// <summary>The stages in the order they are worked through: from the first, following each first exit (so without "not applicable").</summary>
    public static IReadOnlyList<PlaybookStage> MainPath { get; } = FollowFirstExits();

    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a playbook stage.</exception>
    public static StageDescriptor Of(PlaybookStage stage) =>
        ByStage.TryGetValue(stage, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a playbook stage.");

    public static bool TryGet(PlaybookStage stage, [NotNullWhen(true)] out StageDescriptor? descriptor) =>
        ByStage.TryGetValue(stage, out descriptor);

    private static List<PlaybookStage> FollowFirstExits()
    {
        var path = new List<PlaybookStage> { All[0].Stage };
        while (ByStage[path[^1]] is { IsOpen: true, Exits: [var next, ..] } && !path.Contains(next.To))
        {
            path.Add(next.To);
        }

        return path;
    }

    // Nothing blocks ending the playbook; the reason is asked for by MarkNotApplicable.
    private static StageExit NotApplicableExit() => new(PlaybookStage.NotApplicable, _ => []);

    private static IEnumerable<string> OriginIsRecorded(Incident incident)
    {
        if (!incident.IsOriginRecorded)
        {
            yield return Incident.Blocker("origin");
        }

        // Logging lets these wait; the script, the offer and its proportionality need them.
        if (incident.Kind is null)
        {
            yield return Incident.Blocker("kind");
        }

        if (incident.Fault is null)
        {
            yield return Incident.Blocker("fault");
        }

        if (incident.Damage == DamageKinds.None)
        {
            yield return Incident.Blocker("damage");
        }

        if (incident.OurLossEstimate is null && incident.ClientClaimedLoss is null)
        {
            yield return Incident.Blocker("losses");
        }
    }

    private static IEnumerable<string> OfferIsMade(Incident incident)
    {
        if (!incident.Offer.Any())
        {
            yield return Incident.Blocker("offer");
        }
    }

    private static IEnumerable<string> CallIsAskedForAndLegalApproved(Incident incident)
    {
        if (incident.Call is not { IsSent: true })
        {
            yield return Incident.Blocker("call-sent");
        }

        if (incident.AwaitsLegalApproval)
        {
            yield return Incident.Blocker("legal-approval");
        }
    }

    private static IEnumerable<string> ConversationAboutCurrentOfferIsRecorded(Incident incident)
    {
        if (incident.Conversation is null)
        {
            yield return Incident.Blocker("conversation");
        }
        else if (!incident.HasConversationAboutCurrentOffer)
        {
            yield return Incident.Blocker("conversation-outdated");
        }
    }

    private static IEnumerable<string> ClientDidNotAcceptTheOffer(Incident incident)
    {
        if (incident.Conversation is null || incident.Conversation.OfferResponse == OfferResponse.Accepted)
        {
            yield return Incident.Blocker("revise-needs-response");
        }
    }

    private static IEnumerable<string> RecapIsSent(Incident incident)
    {
        if (incident.Recap is not { IsSent: true })
        {
            yield return Incident.Blocker("recap-sent");
        }
    }

    private static IEnumerable<string> RecapIsSentAndRetroApproved(Incident incident)
    {
        if (incident.Recap is not { IsSent: true })
        {
            yield return Incident.Blocker("close.recap");
        }

        var retro = incident.Retro?.Status switch
        {
            null or RetroReviewStatus.Draft => "close.retro",
            RetroReviewStatus.Submitted => "close.retro-review",
            RetroReviewStatus.SentBack => "close.retro-sent-back",
            _ => null,
        };
        if (retro is not null)
        {
            yield return Incident.Blocker(retro);
        }
    }
}
