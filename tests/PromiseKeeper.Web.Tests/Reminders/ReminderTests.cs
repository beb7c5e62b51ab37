using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Reminders;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;
using static PromiseKeeper.Web.Tests.Reminders.ReminderSeed;

namespace PromiseKeeper.Web.Tests.Reminders;

/// <summary>
/// Each reminder goes to exactly the right people, exactly once, when its moment comes in the team's zone (the team
/// works 09:00-17:00 in Ljubljana, UTC+1: 09:00 there is 08:00 UTC; 25 November 2026 is a Wednesday).
/// </summary>
public sealed class ReminderTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    [Fact]
    public async Task A_measure_due_soon_reminds_its_owner_once_from_the_morning_of_the_working_day_before()
    {
        var (_, _, owner, incidentId) = await TeamAsync();
        await App.AddMeasureAsync(incidentId, "Add a second reviewer to releases", Wednesday, owner);

        Assert.Equal(0, await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 24, 7, 59)));
        Assert.Empty(await App.NotificationsAsync());

        Assert.Equal(1, await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 24, 8)));
        Assert.Equal(0, await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 24, 8, 1)));

        Assert.Equal(
            new[] { (NotificationKind.MeasureDueSoon, owner.Id, (long?)incidentId, (string?)"Add a second reviewer to releases") },
            await App.NotificationsAsync());
    }

    [Fact]
    public async Task An_overdue_measure_reminds_its_owner_and_the_team_leads_once_and_no_one_else()
    {
        var (am, lead, owner, incidentId) = await TeamAsync();
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, teamId: await App.AddTeamAsync("Other team"));
        await App.AddMeasureAsync(incidentId, "Automate the deadline check", Wednesday, owner);

        Assert.Equal(0, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 26, 7, 59)));
        Assert.Equal(1, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 26, 8)));
        Assert.Equal(0, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 27, 8)));
        // Found overdue first: no "due soon" on top.
        Assert.Equal(0, await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 26, 8)));

        var notifications = await App.NotificationsAsync();
        Assert.Equal(
            new[] { lead.Id, owner.Id }.Order(),
            notifications.Select(n => n.RecipientId).Order());
        Assert.All(notifications, n => Assert.Equal((NotificationKind.MeasureOverdue, (long?)incidentId), (n.Kind, n.IncidentId)));
        Assert.DoesNotContain(notifications, n => n.RecipientId == am.Id || n.RecipientId == otherLead.Id);
    }

    [Fact]
    public async Task A_measure_whose_owner_is_still_free_text_reminds_the_incident_owner()
    {
        var (am, _, _, incidentId) = await TeamAsync();
        await App.AddMeasureAsync(incidentId, "Write the release checklist", Wednesday);

        await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 24, 8));

        Assert.Equal(
            new[] { (NotificationKind.MeasureDueSoon, am.Id, (long?)incidentId, (string?)"Write the release checklist") },
            await App.NotificationsAsync());
    }

    [Fact]
    public async Task A_measure_done_in_time_gets_no_reminder_and_one_of_an_incident_marked_not_applicable_none_either()
    {
        var (am, _, owner, incidentId) = await TeamAsync();
        var done = await App.AddMeasureAsync(incidentId, "Done early", Wednesday, owner);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "PreventionMeasures" SET "Status" = 'Done' WHERE "Id" = {done}"""));
        var notApplicable = await App.AnIncident(am)
            .Then(i => i.MarkNotApplicable("The client demands a year of free work and threatens to leave.", Actor.Create(am.Id, am.DisplayName), FixedClock.Start))
            .SaveAsync();
        var skipped = await App.AddMeasureAsync(notApplicable.Id, "Never mind", Wednesday, owner);

        Assert.Equal(1, await App.RunAsync<MeasureDueSoonReminders>(Utc(2026, 11, 24, 8)));
        Assert.Equal(1, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 26, 8)));

        Assert.Empty(await App.NotificationsAsync());
        // Marked all the same, so the scans do not read it again and again.
        Assert.Equal(0, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 27, 8)));
        Assert.NotNull(await App.WithDbAsync(db => db.Database
            .SqlQuery<DateTimeOffset?>($"""SELECT "OverdueRemindedAt" AS "Value" FROM "PreventionMeasures" WHERE "Id" = {skipped}""").SingleAsync()));
    }

    [Fact]
    public async Task A_reminder_found_more_than_a_week_late_is_marked_without_telling_anyone()
    {
        var (_, _, owner, incidentId) = await TeamAsync();
        await App.AddMeasureAsync(incidentId, "Long forgotten", new DateOnly(2026, 11, 2), owner);

        Assert.Equal(1, await App.RunAsync<MeasureOverdueReminders>(Utc(2026, 11, 24, 8)));

        Assert.Empty(await App.NotificationsAsync());
    }

    [Fact]
    public async Task A_check_in_reminds_its_owner_or_else_the_incident_owner_once_on_its_morning()
    {
        var (am, lead, owner, incidentId) = await TeamAsync();
        await App.AddCheckInAsync(incidentId, "Confirm the new delivery date", new DateOnly(2026, 11, 24));
        await App.AddCheckInAsync(incidentId, "Walk through the fix", new DateOnly(2026, 11, 24), owner);
        var done = await App.AddCheckInAsync(incidentId, "Already called", new DateOnly(2026, 11, 24));
        var cancelled = await App.AddCheckInAsync(incidentId, "No longer needed", new DateOnly(2026, 11, 24));
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            UPDATE "CheckIns" SET "IsDone" = ("Id" = {done}), "CancelledAt" = CASE WHEN "Id" = {cancelled} THEN {FixedClock.Start} END
            WHERE "Id" IN ({done}, {cancelled})
            """));

        Assert.Equal(0, await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 24, 7, 59)));
        Assert.Equal(2, await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 24, 8)));
        Assert.Equal(0, await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 25, 8)));

        Assert.Equal(
            new[]
            {
                (NotificationKind.CheckInDue, am.Id, (long?)incidentId, (string?)"Confirm the new delivery date"),
                (NotificationKind.CheckInDue, owner.Id, (long?)incidentId, (string?)"Walk through the fix"),
            }.Order(),
            await App.NotificationsAsync());
        Assert.DoesNotContain(await App.NotificationsAsync(), n => n.RecipientId == lead.Id);
    }

    [Fact]
    public async Task A_reminder_wanted_at_once_puts_its_email_in_the_outbox_in_the_recipients_language_and_a_digest_one_waits()
    {
        var (am, _, owner, incidentId) = await TeamAsync();
        await App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "Language" = 'sl' WHERE "Id" = {owner.Id}""");
            db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = am.Id, Kind = NotificationKind.CheckInDue, Email = NotificationEmail.Digest });
            await db.SaveChangesAsync();
        });
        await App.AddCheckInAsync(incidentId, "Walk through the fix", new DateOnly(2026, 11, 24), owner);
        await App.AddCheckInAsync(incidentId, "Confirm the date", new DateOnly(2026, 11, 24));

        await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 24, 8));

        var email = Assert.Single(await Outbox.AllAsync(App));
        Assert.Equal((owner.Email, "notification-checkindue"), (email.RecipientAddress, email.Kind));
        Assert.Contains("preveritveni stik", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Walk through the fix", email.TextBody, StringComparison.Ordinal);
        var waiting = await App.WithDbAsync(db => db.Notifications().AsNoTracking().SingleAsync(n => n.RecipientId == am.Id));
        Assert.Equal((NotificationEmail.Digest, (DateTimeOffset?)null), (waiting.Email, waiting.EmailQueuedAt));
    }

    [Fact]
    public async Task A_team_without_clock_settings_is_reminded_at_nine_utc()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(am).SaveAsync();
        await App.AddCheckInAsync(incident.Id, "Confirm the date", new DateOnly(2026, 11, 24));

        Assert.Equal(0, await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 24, 8, 59)));
        Assert.Equal(1, await App.RunAsync<CheckInDueReminders>(Utc(2026, 11, 24, 9)));
    }

    /// <summary>An account manager and a lead of the default team (working in Ljubljana), a measure owner from another team, an incident.</summary>
    private async Task<(TestUser Am, TestUser Lead, TestUser Owner, long IncidentId)> TeamAsync()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager, "Alex Manager");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lee Lead");
        await App.WorksInAsync(am.TeamId!.Value, Ljubljana);
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Olga Owner", await App.AddTeamAsync("Delivery"));
        var incident = await App.AnIncident(am).SaveAsync();
        return (am, lead, owner, incident.Id);
    }
}
