using System.Globalization;

namespace PromiseKeeper.Web.Notifications;

/// <summary>Where a notification leads, in the app and in emails.</summary>
public static class NotificationLinks
{
    /// <summary>
    /// The page a notification points to. A measure or check-in (given, due soon, overdue, due) leads to the reader's own
    /// list, which sends whoever may open the incident on to it: its owner may be of another team.
    /// </summary>
    public static string PathFor(NotificationKind kind, long? incidentId) => incidentId switch
    {
        { } id when IsAboutOwnedWork(kind) => string.Create(CultureInfo.InvariantCulture, $"/Work/Owned?incident={id}"),
        { } id => string.Create(CultureInfo.InvariantCulture, $"/Incidents/{id}"),
        null => "/Notifications",
    };

    public static bool IsAboutOwnedWork(NotificationKind kind) => kind is NotificationKind.MeasureAssigned
        or NotificationKind.MeasureDueSoon or NotificationKind.MeasureOverdue or NotificationKind.CheckInDue;
}
