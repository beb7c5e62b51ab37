namespace PromiseKeeper.Web.Notifications;

/// <summary>How a notification also goes out by email: at once, in the daily digest, or not at all.</summary>
public enum NotificationEmail
{
    AtOnce = 1,
    Digest = 2,
    Off = 3,
}
