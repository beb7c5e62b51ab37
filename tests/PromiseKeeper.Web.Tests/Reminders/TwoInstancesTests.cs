using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;
using static PromiseKeeper.Web.Tests.Reminders.ReminderSeed;

namespace PromiseKeeper.Web.Tests.Reminders;

/// <summary>
/// Two app instances (two hosts of the app, each with its own runner, services and connections) over one database:
/// every due reminder and digest is written exactly once, and an instance stopped mid-run leaves nothing undone.
/// </summary>
public sealed class TwoInstancesTests(WebAppFixture app) : WebAppTest(app)
{
    private const int Incidents = 20;
    private const int ItemsOfEachKind = 6;
    private const int DigestReaders = 10;

    /// <summary>Thursday 26 November 2026, 10:00 UTC: measures due on Tuesday are overdue, Thursday's check-ins due, the digest of 08:00 due.</summary>
    private static readonly DateTimeOffset Now = Utc(2026, 11, 26, 10);

    [Fact]
    public async Task Two_instances_remind_about_240_due_items_and_send_the_digests_each_exactly_once()
    {
        var expected = await SeedAsync();

        await using var first = Instance(batchSize: 10);
        await using var second = Instance(batchSize: 10);
        var runners = new[] { Start(first), Start(second) };
        await WaitUntilAllDoneAsync();
        await TwoMoreRoundsAsync(runners);

        await AssertEachExactlyOnceAsync(expected);
    }

    [Fact]
    public async Task When_one_instance_stops_mid_run_the_other_does_the_rest_and_nothing_twice()
    {
        var expected = await SeedAsync();

        await using var stopping = Instance(batchSize: 3);
        await using var other = Instance(batchSize: 3);
        Start(stopping);
        var runner = Start(other);
        await Outbox.WaitUntilAsync(async () => await CountAsync() >= 30, "the instances have written some reminders");
        // Cancelled in the middle of whatever batch it holds: its transaction rolls back and its row locks go.
        await stopping.DisposeAsync();
        Assert.True(await CountAsync() < expected.Reminders.Count, "Everything was done before the stop: the test proves nothing.");

        await WaitUntilAllDoneAsync();
        await TwoMoreRoundsAsync([runner]);

        await AssertEachExactlyOnceAsync(expected);
    }

    private WebApplicationFactory<Program> Instance(int batchSize) =>
        App.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Scheduler:Enabled", "true")
            .UseSetting("Scheduler:Interval", "00:00:00.050")
            .UseSetting("Scheduler:BatchSize", batchSize.ToString(CultureInfo.InvariantCulture)));

    private static TimeDrivenWorkRunner Start(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<TimeDrivenWorkRunner>();

    private sealed record Expected(List<(NotificationKind Kind, string RecipientId, string Reason)> Reminders, List<string> DigestAddresses);

    private async Task<Expected> SeedAsync()
    {
        App.Clock.Now = Now;
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lee Lead");
        var ams = new[] { await App.CreateUserAsync(Roles.AccountManager), await App.CreateUserAsync(Roles.AccountManager) };
        var delivery = await App.AddTeamAsync("Delivery");
        var owners = new[] { await App.CreateUserAsync(Roles.AccountManager, teamId: delivery), await App.CreateUserAsync(Roles.AccountManager, teamId: delivery) };
        var reminders = new List<(NotificationKind, string, string)>();
        for (var i = 0; i < Incidents; i++)
        {
            var am = ams[i % ams.Length];
            var incident = await App.AnIncident(am).SaveAsync();
            for (var n = 0; n < ItemsOfEachKind; n++)
            {
                var topic = $"Check-in {i}/{n}";
                await App.AddCheckInAsync(incident.Id, topic, new DateOnly(2026, 11, 26));
                reminders.Add((NotificationKind.CheckInDue, am.Id, topic));
                var owner = owners[n % owners.Length];
                var measure = $"Measure {i}/{n}";
                await App.AddMeasureAsync(incident.Id, measure, new DateOnly(2026, 11, 24), owner);
                reminders.Add((NotificationKind.MeasureOverdue, owner.Id, measure));
                reminders.Add((NotificationKind.MeasureOverdue, lead.Id, measure));
            }
        }

        var readers = new List<string>();
        for (var r = 0; r < DigestReaders; r++)
        {
            var reader = await App.CreateUserAsync(Roles.Legal);
            await App.WithDbAsync(async db =>
            {
                db.Set<Notification>().AddRange(Enumerable.Range(0, 3).Select(k => new Notification
                {
                    RecipientId = reader.Id,
                    Kind = NotificationKind.RetroApproved,
                    IncidentId = 1000 + k,
                    ActorName = "Lee Lead",
                    CreatedAt = Now.AddDays(-1).AddMinutes(k),
                    Email = NotificationEmail.Digest,
                }));
                await db.SaveChangesAsync();
            });
            readers.Add(reader.Email);
        }

        return new Expected(reminders, readers);
    }

    private Task<int> CountAsync() =>
        App.WithDbAsync(db => db.Notifications().CountAsync(n =>
            n.Kind == NotificationKind.CheckInDue || n.Kind == NotificationKind.MeasureDueSoon || n.Kind == NotificationKind.MeasureOverdue));

    private static bool IsReminder(NotificationKind kind) =>
        kind is NotificationKind.CheckInDue or NotificationKind.MeasureDueSoon or NotificationKind.MeasureOverdue;

    private static bool IsClock(NotificationKind kind) => kind is NotificationKind.ClockWarning or NotificationKind.ClockBreached;

    private Task WaitUntilAllDoneAsync() =>
        Outbox.WaitUntilAsync(
            () => App.WithDbAsync(async db =>
                await db.Database.SqlQuery<bool>($"""
                    SELECT NOT EXISTS (SELECT 1 FROM "PreventionMeasures" WHERE "OverdueRemindedAt" IS NULL)
                       AND NOT EXISTS (SELECT 1 FROM "CheckIns" WHERE "DueRemindedAt" IS NULL)
                       AND NOT EXISTS (SELECT 1 FROM "Notifications" WHERE "Email" = 'Digest' AND "EmailQueuedAt" IS NULL) AS "Value"
                    """).SingleAsync()),
            "every due item is reminded and every digest queued");

    private static Task TwoMoreRoundsAsync(IEnumerable<TimeDrivenWorkRunner> runners) =>
        Task.WhenAll(runners.Select(runner =>
        {
            var start = runner.RoundsFinished;
            return Outbox.WaitUntilAsync(() => Task.FromResult(runner.RoundsFinished >= start + 2), "the runner looked twice more");
        }));

    private async Task AssertEachExactlyOnceAsync(Expected expected)
    {
        var written = await App.NotificationsAsync();
        var reminders = written.Where(n => IsReminder(n.Kind)).Select(n => (n.Kind, n.RecipientId, n.Reason!)).Order().ToList();
        // The clock sweep ran in the same rounds over the same incidents: its warnings and breaches, once each too.
        var clockNotices = (await App.WithDbAsync(db => db.Notifications().AsNoTracking().ToListAsync()))
            .Where(n => IsClock(n.Kind)).Select(n => (n.Kind, n.RecipientId, n.IncidentId, n.ClockKind)).ToList();
        Assert.NotEmpty(clockNotices);
        Assert.Equal(clockNotices.Count, clockNotices.Distinct().Count());
        Assert.Equal(written.Count(n => n.Kind != NotificationKind.RetroApproved), reminders.Count + clockNotices.Count);
        Assert.Equal(Incidents * ItemsOfEachKind * 3, expected.Reminders.Count);
        Assert.Equal(expected.Reminders.Order().ToList(), reminders);

        var emails = await Outbox.AllAsync(App);
        var reminderEmails = emails.Where(e => e.Kind != DigestMails.Kind && !e.Kind.StartsWith("notification-clock", StringComparison.Ordinal)).ToList();
        var texts = expected.Reminders.Select(r => r.Reason).Distinct().ToList();
        Assert.Equal(reminders.Count, reminderEmails.Count);
        Assert.Equal(
            reminderEmails.Count,
            reminderEmails.Select(e => (e.RecipientAddress, texts.Single(text => e.TextBody.Contains(text + "\n", StringComparison.Ordinal)))).Distinct().Count());
        Assert.Equal(expected.DigestAddresses.Order(), emails.Where(e => e.Kind == DigestMails.Kind).Select(e => e.RecipientAddress).Order());
    }
}
