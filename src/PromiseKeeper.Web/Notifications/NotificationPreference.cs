namespace PromiseKeeper.Web.Notifications;

/// <summary>A user's choice for one kind; without a row the kind's default applies (<see cref="NotificationDefaults"/>).</summary>
public sealed class NotificationPreference
{
    public string UserId { get; init; } = string.Empty;

    public NotificationKind Kind { get; init; }

    public NotificationEmail Email { get; set; }
}
