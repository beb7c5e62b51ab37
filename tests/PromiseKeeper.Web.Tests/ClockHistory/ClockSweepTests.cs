using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>Each warning and breach is recorded once, at the instant it happened, and told to the right people.</summary>
public sealed class ClockSweepTests(WebAppFixture app) : ClockSweepTest(app)
{
    [Fact]
    public async Task A_breach_is_recorded_once_at_its_instant_and_told_to_the_owner_and_the_leads_and_a_warning_only_to_the_owner()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        await LeadAsync("Other Lead", await App.AddTeamAsync("Other team"));
        var id = await DiscoveredMondayAsync(owner);
        var evening = Monday9.AddHours(9);

        Assert.Equal(1, await SweepAsync(evening));

        var events = await EventsAsync();
        Assert.Equal(
            [(ClockEventKind.Warned, TellClientWarnsAt), (ClockEventKind.Breached, TellClientDueAt)],
            events.Select(e => (e.Event, e.HappenedAt)));
        Assert.All(events, e => Assert.Equal((id, IncidentClockSubject.Stage, (ClockKind?)ClockKind.TellClient, evening, true), (e.IncidentId, e.Subject, e.Kind, e.RecordedAt, e.Notified)));
        var sent = await NotificationsAsync();
        var warning = Assert.Single(sent, n => n.Kind == NotificationKind.ClockWarning);
        Assert.Equal((owner.Id, (long?)id, (ClockKind?)ClockKind.TellClient, NotificationEmail.AtOnce), (warning.RecipientId, warning.IncidentId, warning.ClockKind, warning.Email));
        Assert.Equal(
            new[] { owner.Id, lead.Id }.Order(),
            sent.Where(n => n.Kind == NotificationKind.ClockBreached).Select(n => n.RecipientId).Order());
        Assert.Equal(3, sent.Count);
        var leadsMail = await App.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.RecipientAddress == lead.Email).Select(m => m.TextBody).ToListAsync());
        Assert.Contains($"The clock \u201cTell the client\u201d passed its target: incident #{id}.", Assert.Single(leadsMail), StringComparison.Ordinal);
        Assert.Equal(HoldCallWarnsAt, await CheckAtAsync(id));

        Assert.Equal(0, await SweepAsync(evening.AddHours(1)));
        Assert.Equal(2, (await EventsAsync()).Count);
        Assert.Equal(3, (await NotificationsAsync()).Count);
    }

    [Fact]
    public async Task The_next_warning_is_recorded_when_its_instant_comes_and_a_sweep_before_it_writes_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));

        Assert.Equal(1, await SweepAsync(Monday9.AddHours(9)));
        Assert.Empty(await EventsAsync());
        Assert.Equal(HoldCallWarnsAt, await CheckAtAsync(id));

        Assert.Equal(0, await SweepAsync(HoldCallWarnsAt.AddMinutes(-1)));
        Assert.Equal(1, await SweepAsync(HoldCallWarnsAt.AddMinutes(1)));

        var warned = Assert.Single(await EventsAsync());
        Assert.Equal((ClockEventKind.Warned, (ClockKind?)ClockKind.HoldCall, HoldCallWarnsAt), (warned.Event, warned.Kind, warned.HappenedAt));
        var told = Assert.Single(await NotificationsAsync());
        Assert.Equal((owner.Id, NotificationKind.ClockWarning), (told.RecipientId, told.Kind));
        Assert.Equal(HoldCallWarnsAt.AddHours(6), await CheckAtAsync(id));
    }

    [Fact]
    public async Task A_breach_older_than_a_week_at_the_first_sweep_is_recorded_without_telling_anyone()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        await LeadAsync();
        await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));

        await SweepAsync(Monday9.AddDays(30));

        var events = await EventsAsync();
        Assert.Equal(
            [(ClockEventKind.Warned, HoldCallWarnsAt, false), (ClockEventKind.Breached, Monday9.AddDays(2).AddHours(8), false)],
            events.Select(e => (e.Event, e.HappenedAt, e.Notified)));
        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task A_finished_incident_without_open_check_ins_or_measures_leaves_the_queue()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Incidents" SET "FinishedAt" = {Monday9.AddHours(2)}, "Stage" = 'NotApplicable' WHERE "Id" = {id}"""));

        Assert.Equal(1, await SweepAsync(Monday9.AddHours(9)));

        Assert.Null(await CheckAtAsync(id));
        Assert.Empty(await EventsAsync());
    }
}
