using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>Notifications written straight to the database, for pages that list them.</summary>
public static class NotificationSeed
{
    /// <summary><paramref name="count"/> unread notifications for <paramref name="recipient"/> about the incident, one minute apart; returns their ids, oldest first.</summary>
    public static Task<IReadOnlyList<long>> AddNotificationsAsync(this WebAppFixture app, TestUser recipient, long incidentId, int count)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(recipient);
        return app.WithDbAsync<IReadOnlyList<long>>(async db =>
        {
            var rows = Enumerable.Range(0, count).Select(i => new Notification
            {
                RecipientId = recipient.Id,
                Kind = i % 2 == 0 ? NotificationKind.IncidentAssigned : NotificationKind.RetroSentBack,
                IncidentId = incidentId,
                ActorName = "Tara Whitfield",
                Reason = i % 2 == 0 ? "Alex is on leave." : null,
                CreatedAt = FixedClock.Start.AddMinutes(i - count),
                Email = NotificationEmail.Digest,
            }).ToList();
            db.Set<Notification>().AddRange(rows);
            await db.SaveChangesAsync();
            return [.. rows.Select(r => r.Id)];
        });
    }
}
