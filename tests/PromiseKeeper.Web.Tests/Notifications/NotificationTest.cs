using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Legal;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>Set-up for the notification tests: incidents at the stages the events happen, and the notifications as stored.</summary>
public abstract class NotificationTest(WebAppFixture app) : LegalReviewTest(app)
{
    /// <summary>Every notification as stored, oldest first.</summary>
    protected Task<List<Notification>> NotificationsAsync() =>
        App.WithDbAsync(db => db.Set<Notification>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    /// <summary>An incident of <paramref name="owner"/> at the retro stage, its retro submitted.</summary>
    protected async Task<long> SubmittedRetroAsync(TestUser owner) =>
        (await App.AnIncident(owner)
            .ForClient("Initech").Titled("Retro promise").DiscoveredAt(Discovered).LoggedAt(Discovered.AddHours(1))
            .AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().Until(App.Clock.Now)
            .SaveAsync()).Id;

    protected Task<TestUser> LeadAsync(string name = "Tara Whitfield", int? teamId = null) => App.CreateUserAsync(Roles.TeamLead, name, teamId);

    protected Task SaveChoiceAsync(TestUser user, NotificationKind kind, NotificationEmail email) =>
        App.WithDbAsync(async db =>
        {
            db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = user.Id, Kind = kind, Email = email });
            await db.SaveChangesAsync();
        });
}
