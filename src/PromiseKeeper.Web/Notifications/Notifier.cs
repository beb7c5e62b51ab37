using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// Tells people about a change: each method adds rows to the handler's DbContext without saving, so the notifications
/// commit with the change or not at all. Never the one who acted; each row keeps the recipient's email choice as it is now.
/// A notification wanted at once also puts its email in the outbox (same DbContext, so the same transaction).
/// </summary>
public sealed class Notifier(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, NotificationMails mails)
{
    /// <summary>The new owner is told (with the reason); the previous one learns who took over.</summary>
    public void IncidentReassigned(long incidentId, Recipient newOwner, string newOwnerName, Recipient previousOwner, string? reason)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        ArgumentNullException.ThrowIfNull(previousOwner);
        Add(NotificationKind.IncidentAssigned, newOwner, incidentId, reason: reason);
        if (previousOwner.UserId != newOwner.UserId)
        {
            Add(NotificationKind.IncidentTakenOver, previousOwner, incidentId, otherName: newOwnerName);
        }
    }

    /// <summary>The incident (newly, again, or after an approval lapsed) waits in legal's queue.</summary>
    public void LegalReviewRequested(long incidentId, IEnumerable<Recipient> legal)
    {
        ArgumentNullException.ThrowIfNull(legal);
        foreach (var recipient in legal)
        {
            Add(NotificationKind.LegalReviewRequested, recipient, incidentId);
        }
    }

    /// <summary>Legal approved the incident or asked for changes: its owner is told.</summary>
    public void LegalDecided(long incidentId, LegalDecision decision, Recipient owner) =>
        Add(LegalKind(decision), owner, incidentId);

    public void RetroSubmitted(long incidentId, IEnumerable<Recipient> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        foreach (var recipient in leads)
        {
            Add(NotificationKind.RetroSubmitted, recipient, incidentId);
        }
    }

    public void RetroSentBack(long incidentId, Recipient owner) => Add(NotificationKind.RetroSentBack, owner, incidentId);

    public void RetroApproved(long incidentId, Recipient owner) => Add(NotificationKind.RetroApproved, owner, incidentId);

    /// <summary>A deactivated user still owns open incidents: their team's leads are told how many, to hand them over.</summary>
    public void OwnerDeactivated(string deactivatedName, int openIncidents, IEnumerable<Recipient> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        if (openIncidents <= 0)
        {
            return;
        }

        foreach (var recipient in leads)
        {
            Add(NotificationKind.OwnerDeactivated, recipient, null, otherName: deactivatedName, count: openIncidents);
        }
    }

    /// <summary>A prevention measure or a check-in (<paramref name="what"/>: its text) was given to <paramref name="owner"/>.</summary>
    public void MeasureAssigned(long incidentId, Recipient owner, string what) =>
        Add(NotificationKind.MeasureAssigned, owner, incidentId, reason: what);

    /// <summary>The kind of a legal decision's notification.</summary>
    public static NotificationKind LegalKind(LegalDecision? decision) =>
        decision == LegalDecision.Approved ? NotificationKind.LegalApproved : NotificationKind.LegalChangesAsked;

    private void Add(NotificationKind kind, Recipient recipient, long? incidentId, string? otherName = null, string? reason = null, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (string.Equals(recipient.UserId, user.Id, StringComparison.Ordinal))
        {
            return;
        }

        NotificationWriter.Write(db, mails, new NotificationFacts(kind, incidentId, user.DisplayName, otherName, reason, count), recipient, clock.GetUtcNow());
    }
}
