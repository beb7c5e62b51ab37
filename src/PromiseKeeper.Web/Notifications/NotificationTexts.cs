using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// A notification's sentence in the reader's language, made when it is read: the English sentence of its kind is the
/// resource key. The incident is named by number and client only, as lists name it; the link leads to its page, which checks access.
/// </summary>
public sealed class NotificationTexts(IStringLocalizer<NotificationTexts> localizer)
{
    /// <summary>How the texts name an incident: its number and its client.</summary>
    public string IncidentLabel(long incidentId, string? clientName) =>
        clientName is null ? localizer["incident #{0}", incidentId].Value : localizer["incident #{0} ({1})", incidentId, clientName].Value;

    /// <param name="incident">The incident as <see cref="IncidentLabel"/> names it (empty for a notification about a user).</param>
    /// <param name="clockSubject">For a clock's warning or breach, whose clock (<see cref="Notification.ClockSubject"/>).</param>
    /// <param name="clockKind">For a stage clock's, which stage (<see cref="Notification.ClockKind"/>).</param>
    public string Sentence(
        NotificationKind kind, string actor, string? otherName, string? reason, int? count, string incident,
        IncidentClockSubject? clockSubject = null, ClockKind? clockKind = null) => kind switch
    {
        NotificationKind.ClockWarning => localizer["The clock “{1}” is close to its target: {0}.", incident, ClockName(clockSubject, clockKind, otherName)].Value,
        NotificationKind.ClockBreached => localizer["The clock “{1}” passed its target: {0}.", incident, ClockName(clockSubject, clockKind, otherName)].Value,
        NotificationKind.IncidentAssigned when reason is not null => localizer["{0} assigned {1} to you. Reason: {2}", actor, incident, reason].Value,
        NotificationKind.IncidentAssigned => localizer["{0} assigned {1} to you.", actor, incident].Value,
        NotificationKind.IncidentTakenOver => localizer["{0} handed {1} over to {2}.", actor, incident, otherName ?? string.Empty].Value,
        NotificationKind.LegalReviewRequested => localizer["{0} asks legal to review {1}.", actor, incident].Value,
        NotificationKind.LegalApproved => localizer["{0} (legal) approved {1}.", actor, incident].Value,
        NotificationKind.LegalChangesAsked => localizer["{0} (legal) asked for changes to {1}.", actor, incident].Value,
        NotificationKind.RetroSubmitted => localizer["{0} submitted the retro of {1} for your review.", actor, incident].Value,
        NotificationKind.RetroSentBack => localizer["{0} sent the retro of {1} back to you with comments.", actor, incident].Value,
        NotificationKind.RetroApproved => localizer["{0} approved the retro of {1}.", actor, incident].Value,
        NotificationKind.OwnerDeactivated => localizer.Plural(
            count ?? 0,
            "{1} deactivated {2}, who owns {0} open incident: hand it over to someone in the team.",
            "{1} deactivated {2}, who owns {0} open incidents: hand them over to someone in the team.",
            actor,
            otherName ?? string.Empty),
        NotificationKind.MeasureAssigned => localizer["{0} made you responsible for “{2}” on {1}.", actor, incident, reason ?? string.Empty].Value,
        // A reminder has no actor; the reason holds the measure's description or the check-in's topic.
        NotificationKind.MeasureDueSoon => localizer["Reminder: a prevention measure of {0} is due on the next working day: {1}", incident, reason ?? string.Empty].Value,
        NotificationKind.MeasureOverdue => localizer["A prevention measure of {0} is past its due date and not done: {1}", incident, reason ?? string.Empty].Value,
        NotificationKind.CheckInDue => localizer["Reminder: a check-in with the client of {0} is due today: {1}", incident, reason ?? string.Empty].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A notification kind without a sentence."),
    };

    /// <summary>The kind as the settings page lists it.</summary>
    public string Name(NotificationKind kind) => kind switch
    {
        NotificationKind.IncidentAssigned => localizer["An incident is assigned to me"].Value,
        NotificationKind.IncidentTakenOver => localizer["Someone takes over my incident"].Value,
        NotificationKind.LegalReviewRequested => localizer["An incident waits for legal's review"].Value,
        NotificationKind.LegalApproved => localizer["Legal approved my incident"].Value,
        NotificationKind.LegalChangesAsked => localizer["Legal asked for changes to my incident"].Value,
        NotificationKind.RetroSubmitted => localizer["A retro waits for my review"].Value,
        NotificationKind.RetroSentBack => localizer["My retro was sent back"].Value,
        NotificationKind.RetroApproved => localizer["My retro was approved"].Value,
        NotificationKind.OwnerDeactivated => localizer["A deactivated team member still owns open incidents"].Value,
        NotificationKind.MeasureAssigned => localizer["A prevention measure or check-in is given to me"].Value,
        NotificationKind.MeasureDueSoon => localizer["A measure I own is due soon"].Value,
        NotificationKind.MeasureOverdue => localizer["A measure I own or my team's is overdue"].Value,
        NotificationKind.CheckInDue => localizer["A check-in I own is due"].Value,
        NotificationKind.ClockWarning => localizer["A clock of my incident is close to its target"].Value,
        NotificationKind.ClockBreached => localizer["A clock of my incident or my team's passed its target"].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A notification kind without a name."),
    };

    /// <summary>A clock as the texts name it: the stage's step, or the check-in's topic or the measure's description.</summary>
    public string ClockName(IncidentClockSubject? subject, ClockKind? kind, string? title) => subject switch
    {
        IncidentClockSubject.CheckIn => localizer["check-in: {0}", title ?? string.Empty].Value,
        IncidentClockSubject.Measure => localizer["measure: {0}", title ?? string.Empty].Value,
        _ => kind switch
        {
            ClockKind.TellClient => localizer["Tell the client"].Value,
            ClockKind.HoldCall => localizer["Hold the call"].Value,
            ClockKind.SendRecap => localizer["Send the recap"].Value,
            ClockKind.SubmitRetro => localizer["Submit the retro"].Value,
            ClockKind.LegalReview => localizer["Legal review"].Value,
            _ => string.Empty,
        },
    };
}
