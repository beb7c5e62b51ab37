using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

/// <summary>The notification tables, without a property on the shared DbContext (usable inside a query: EF inlines them).</summary>
public static class NotificationSets
{
    public static IQueryable<Notification> Notifications(this PromiseKeeperDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Notification>();
    }

    public static IQueryable<NotificationPreference> NotificationPreferences(this PromiseKeeperDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<NotificationPreference>();
    }
}
