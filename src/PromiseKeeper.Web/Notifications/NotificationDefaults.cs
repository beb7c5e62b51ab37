namespace PromiseKeeper.Web.Notifications;

/// <summary>What each kind does by email until the user chooses: at once when something now waits on them, else the digest.</summary>
public static class NotificationDefaults
{
    public static NotificationEmail For(NotificationKind kind) => kind switch
    {
        NotificationKind.IncidentAssigned
            or NotificationKind.LegalReviewRequested
            or NotificationKind.LegalChangesAsked
            or NotificationKind.RetroSubmitted
            or NotificationKind.RetroSentBack
            or NotificationKind.OwnerDeactivated
            or NotificationKind.MeasureAssigned
            or NotificationKind.MeasureDueSoon
            or NotificationKind.MeasureOverdue
            or NotificationKind.CheckInDue
            or NotificationKind.ClockBreached
            or NotificationKind.ClockWarning => NotificationEmail.AtOnce,
        _ => NotificationEmail.Digest,
    };

    /// <summary>Every kind, in the order the settings page lists them.</summary>
    public static IReadOnlyList<NotificationKind> Kinds { get; } = Enum.GetValues<NotificationKind>();
}
