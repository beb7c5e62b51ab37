namespace PromiseKeeper.Web.Notifications;

/// <summary>What a notification tells its reader; each user chooses per kind how (and whether) it also comes by email.</summary>
public enum NotificationKind
{
    /// <summary>An incident was assigned (or reassigned) to the reader.</summary>
    IncidentAssigned = 1,

    /// <summary>Someone else took over an incident the reader owned.</summary>
    IncidentTakenOver = 2,

    /// <summary>A contract-linked incident waits for legal's review (first time, asked again, or an approval that lapsed).</summary>
    LegalReviewRequested = 3,

    /// <summary>Legal approved the reader's incident.</summary>
    LegalApproved = 4,

    /// <summary>Legal asked for changes to the reader's incident.</summary>
    LegalChangesAsked = 5,

    /// <summary>A retro of the reader's team waits for their review.</summary>
    RetroSubmitted = 6,

    /// <summary>The team lead sent the reader's retro back with comments.</summary>
    RetroSentBack = 7,

    /// <summary>The team lead approved the reader's retro.</summary>
    RetroApproved = 8,

    /// <summary>A user of the reader's team was deactivated while owning open incidents.</summary>
    OwnerDeactivated = 9,

    /// <summary>A prevention measure or a check-in with the client was given to the reader.</summary>
    MeasureAssigned = 10,

    /// <summary>A prevention measure the reader owns is due on the next working day (a reminder).</summary>
    MeasureDueSoon = 11,

    /// <summary>A prevention measure the reader owns, or one of their team's, is past its due date and not done (a reminder).</summary>
    MeasureOverdue = 12,

    /// <summary>A check-in with the client that the reader owns is due today (a reminder).</summary>
    CheckInDue = 13,

    /// <summary>A clock of the reader's incident used the warn share of its target.</summary>
    ClockWarning = 14,

    /// <summary>A clock of the reader's incident (or, for a lead, of the team's) passed its target.</summary>
    ClockBreached = 15,
}
