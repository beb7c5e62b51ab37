using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// What the dossier shows, worked out from the incident as read for the incident page: the same view made read-only
/// (the shared read-backs then offer no changes), plus the parts only the dossier lists in full.
/// </summary>
public sealed record IncidentDossier
{
    /// <summary>The incident page's view with every change switched off: a dossier is a record, not a workplace.</summary>
    public required DetailsModel.IncidentView View { get; init; }

    public required EvidenceListView Evidence { get; init; }

    /// <summary>Every client-facing text, in the order it reaches the client.</summary>
    public required IReadOnlyList<SentText> Texts { get; init; }

    /// <summary>The calendar invitations, updates and cancellations emailed for the call, oldest first.</summary>
    public required IReadOnlyList<TimelineModel.Entry> Invitations { get; init; }

    public required IReadOnlyList<CorrectModel.HistoryRow> Corrections { get; init; }

    /// <summary>The whole timeline, oldest first: a dossier reads as the story of the incident.</summary>
    public required IReadOnlyList<TimelineModel.Entry> Timeline { get; init; }

    /// <summary>When the dossier was put together (it says so on paper).</summary>
    public DateTimeOffset PreparedAt => View.Now;

    /// <summary>The timeline entries that record a text being sent (the sender's name comes from them).</summary>
    private static readonly IReadOnlyDictionary<ClientTextKind, string[]> SentEvents = new Dictionary<ClientTextKind, string[]>
    {
        [ClientTextKind.CallRequestEmail] = ["call.planned.request-sent"],
        [ClientTextKind.EmailInsteadOfCall] = ["email-instead.sent"],
        [ClientTextKind.Recap] = ["recap.sent"],
    };

    private static readonly string[] InvitationEvents = ["call.invitation-emailed", "call.invitation-update-emailed", "call.cancellation-emailed"];

    public static IncidentDossier Of(DetailsModel.IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var incident = view.Incident;
        var timeline = incident.Timeline
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new TimelineModel.Entry(e.Id, e.OccurredAt, e.ActorName, e.Description, e.TextKey, e.TextValues))
            .ToList();
        return new IncidentDossier
        {
            View = view with
            {
                MayChange = false,
                MayReassign = false,
                Legal = view.Legal with { MayAskAgain = false, ShowReviewLink = false, NotePage = null },
            },
            Evidence = new EvidenceListView(incident.Id, [.. incident.Evidence
                .OrderBy(e => e.AddedAt).ThenBy(e => e.Id)
                .Select(e => new EvidenceRow(e.Id, e.Title, e.FileName, e.SizeBytes, e.PastedText, e.AddedAt, e.AddedByName))]),
            Texts = [.. incident.ClientTexts.Select(t => SentText.Of(incident, t, timeline))],
            Invitations = [.. timeline.Where(e => InvitationEvents.Contains(e.TextKey))],
            Corrections = [.. incident.FieldHistory
                .OrderByDescending(h => h.CorrectedAt).ThenByDescending(h => h.Id)
                .Select(h => new CorrectModel.HistoryRow(h.Field, h.OldValue, h.NewValue, h.ActorName, h.CorrectedAt, h.Reason))],
            Timeline = timeline,
        };
    }

    /// <summary>One client-facing text: as it stands, whether and when it went to the client and who sent it, the blame language recorded in it, and legal's word on it.</summary>
    /// <param name="SentBy">Null when not sent, or when the sending is older than the timeline entry that names the sender.</param>
    public sealed record SentText(ClientText Text, DateTimeOffset? SentAt, string? SentBy, IReadOnlyList<RecordedBlameFinding> Findings, LegalTextNote Legal)
    {
        internal static SentText Of(Incident incident, ClientText text, IReadOnlyList<TimelineModel.Entry> timeline)
        {
            var sentAt = !text.IsSent ? null : text.Kind switch
            {
                ClientTextKind.Recap => incident.Recap?.SentAt,
                _ => incident.Call?.SentAt,
            };
            var sentBy = !text.IsSent ? null
                : text.Kind == ClientTextKind.Recap && incident.Recap?.SentByName is { } recapSender ? recapSender
                : SentEvents.TryGetValue(text.Kind, out var keys) ? timeline.LastOrDefault(e => keys.Contains(e.TextKey))?.ActorName
                : null;
            return new SentText(
                text,
                sentAt,
                sentBy,
                [.. incident.BlameFindings.Where(f => f.Text == text.Kind).OrderBy(f => f.RecordedAt).ThenBy(f => f.Id)],
                LegalTextNote.For(incident, text.Kind));
        }
    }
}
