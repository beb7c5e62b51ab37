using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>The demo leaves notifications with their emails waiting, so the local mail inbox shows something; loading again adds none.</summary>
public sealed class DemoNotificationsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_demo_leaves_notifications_and_their_pending_emails_once()
    {
        await LoadDemoDataAsync();
        await LoadDemoDataAsync();

        var notifications = await App.WithDbAsync(db => db.Notifications().AsNoTracking().ToListAsync());
        var emails = await App.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().ToListAsync());
        Assert.Equal(3, notifications.Count);
        Assert.All(notifications, n => Assert.NotNull(n.EmailQueuedAt));
        Assert.Equal(
            new[] { "am@demo.promisekeeper.test", "lead@demo.promisekeeper.test", "legal@demo.promisekeeper.test" },
            emails.Select(e => e.RecipientAddress).Order());
        Assert.All(emails, e => Assert.Equal(OutgoingEmailState.Pending, e.State));
        Assert.All(emails, e => Assert.Contains("/Unsubscribe?token=", e.TextBody, StringComparison.Ordinal));
    }

    private async Task LoadDemoDataAsync()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
    }
}
