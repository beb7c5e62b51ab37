using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Clients;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Reminders;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>
/// The emotional bank account's per-day summary ("ClientBankDays"): a balance read from it equals the one counted live,
/// a change shows at once (its day is queued and read live until the refresh rebuilds it), and the instants "now" and
/// "90 days ago" cut days that the summary keeps whole.
/// </summary>
public sealed class BankSummaryTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_summary_gives_the_balance_counted_live_now_and_ninety_days_ago()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var before = now.AddDays(-EmotionalBankAccount.TrendDays);

        // 200 days ago: critical (−6), told late (−2), two other mistakes (−2), blame capped at 3 (−3): −13.
        var old = await IncidentAsync(ana, now.AddDays(-200));
        await App.AddFiguresAsync(old.Id, Severity.Critical, mistakeA: true, mistakeCount: 3, blameFindingsSent: 5);
        // An hour before "90 days ago" and an hour after it, on the same UTC day or not: medium (−2) and high (−4).
        var justBefore = await IncidentAsync(ana, before.AddHours(-1));
        await App.AddFiguresAsync(justBefore.Id, Severity.Medium);
        var justAfter = await IncidentAsync(ana, before.AddHours(1));
        await App.AddFiguresAsync(justAfter.Id, Severity.High);
        // Well handled: closed without mistakes, the offer accepted (+3 when closed, 30 days ago); low (−1) when discovered.
        var wellHandled = await IncidentAsync(ana, now.AddDays(-40));
        await App.AddFiguresAsync(wellHandled.Id, Severity.Low);
        await CloseWellAsync(wellHandled.Id, now.AddDays(-30));
        // A measure done on time (+1), one done late (0), a check-in done (+1), all 20 days ago, on the old incident.
        await MeasureAsync(old.Id, dueOn: DateOnly.FromDateTime(now.AddDays(-19).UtcDateTime), doneAt: now.AddDays(-20));
        await MeasureAsync(old.Id, dueOn: DateOnly.FromDateTime(now.AddDays(-21).UtcDateTime), doneAt: now.AddDays(-20));
        await CheckInAsync(old.Id, doneAt: now.AddDays(-20));
        // Today, an hour ago: medium (−2). An incident that did not apply moves nothing.
        var today = await IncidentAsync(ana, now.AddHours(-1));
        await App.AddFiguresAsync(today.Id, Severity.Medium);
        var notApplicable = await IncidentAsync(ana, now.AddDays(-50));
        await App.AddFiguresAsync(notApplicable.Id, Severity.Critical);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "Stage" = 'NotApplicable' WHERE "Id" = {notApplicable.Id}"""));

        // Now: −13 −2 −4 −1 +3 +1 +1 −2 = −17. Ninety days ago: −13 −2 = −15.
        var live = await StandingAsync(clientId, now);
        Assert.True(await QueuedAsync() > 0);
        Assert.True(await App.RefreshClientBankDaysAsync() > 0);
        Assert.Equal(0, await QueuedAsync());
        var summarized = await StandingAsync(clientId, now);

        Assert.Equal(new ClientStanding(-17, BankStanding.Overdrawn, BankTrend.Down), live);
        Assert.Equal(live, summarized);
        var entries = await App.WithDbAsync(db => BankEntriesReference.EntriesAsync(db, clientId, default));
        Assert.Equal(-17, EmotionalBankAccount.BalanceAt(entries, now));
        Assert.Equal(-15, EmotionalBankAccount.BalanceAt(entries, before));
        // A minute later "90 days ago" has passed nothing new; two hours later it has passed the high incident (−19 then),
        // inside the UTC day the summary keeps whole: the balance now is above it, so the trend turns up.
        Assert.Equal(live, await StandingAsync(clientId, now.AddMinutes(1)));
        Assert.Equal(new ClientStanding(-17, BankStanding.Overdrawn, BankTrend.Up), await StandingAsync(clientId, now.AddHours(2)));
        Assert.Equal(-19, EmotionalBankAccount.BalanceAt(entries, before.AddHours(2)));
    }

    [Fact]
    public async Task A_change_to_a_summarized_day_shows_at_once_and_is_queued_until_rebuilt()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var incident = await IncidentAsync(ana, now.AddDays(-10));
        await App.AddFiguresAsync(incident.Id, Severity.Low);
        await App.RefreshClientBankDaysAsync();
        Assert.Equal(-1, (await StandingAsync(clientId, now)).Balance);

        // The figures refresh finds mistakes: severity high (−4) and told late (−2).
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "IncidentFigures" SET "Severity" = 'High', "MistakeA" = TRUE, "MistakeCount" = 1 WHERE "IncidentId" = {incident.Id}"""));
        Assert.Equal([(clientId, DateOnly.FromDateTime(now.AddDays(-10).UtcDateTime))], await QueueAsync());
        Assert.Equal(-6, (await StandingAsync(clientId, now)).Balance);

        // A measure done on time on another day queues that day, and counts at once.
        await MeasureAsync(incident.Id, dueOn: DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime), doneAt: now.AddDays(-4));
        Assert.Equal(2, (await QueueAsync()).Count);
        Assert.Equal(-5, (await StandingAsync(clientId, now)).Balance);

        Assert.Equal(2, await App.RefreshClientBankDaysAsync());
        Assert.Empty(await QueueAsync());
        Assert.Equal(-5, (await StandingAsync(clientId, now)).Balance);
    }

    [Fact]
    public async Task An_incident_moved_to_another_client_takes_its_deposits_along_and_one_that_did_not_apply_moves_nothing()
    {
        var globex = await App.AddClientAsync("Globex");
        var initech = await App.AddClientAsync("Initech");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        // Critical (−6) ten days ago; a measure done on time (+1) and a check-in done (+1) four days ago: −4.
        var incident = await IncidentAsync(ana, now.AddDays(-10));
        await App.AddFiguresAsync(incident.Id, Severity.Critical);
        await MeasureAsync(incident.Id, dueOn: DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime), doneAt: now.AddDays(-4));
        await CheckInAsync(incident.Id, doneAt: now.AddDays(-4));
        await App.RefreshClientBankDaysAsync();
        Assert.Equal((-4, 0), await BalancesAsync(globex, initech, now));

        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "ClientId" = {initech} WHERE "Id" = {incident.Id}"""));
        var moved = await BalancesAsync(globex, initech, now);
        await App.RefreshClientBankDaysAsync();

        Assert.Equal((0, -4), moved);
        Assert.Equal(moved, await BalancesAsync(globex, initech, now));

        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "Stage" = 'NotApplicable' WHERE "Id" = {incident.Id}"""));
        var notApplicable = await BalancesAsync(globex, initech, now);
        await App.RefreshClientBankDaysAsync();

        Assert.Equal((0, 0), notApplicable);
        Assert.Equal(notApplicable, await BalancesAsync(globex, initech, now));
    }

    [Fact]
    public async Task A_measure_is_done_on_time_by_the_date_in_its_teams_zone_and_follows_a_zone_a_team_or_a_due_date_change()
    {
        var clientId = await App.AddClientAsync("Globex");
        var auckland = await App.AddTeamAsync("Auckland desk");
        var losAngeles = await App.AddTeamAsync("Los Angeles desk");
        var plain = await App.AddTeamAsync("Desk without a calendar");
        await App.WorksInAsync(auckland, "Pacific/Auckland");
        await App.WorksInAsync(losAngeles, "America/Los_Angeles");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var due = DateOnly.FromDateTime(now.AddDays(-10).UtcDateTime);
        var noonUtc = new DateTimeOffset(due.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        // Noon UTC on the due date is already the next day in Auckland (UTC+12 or +13): late there, on time by UTC.
        var inAuckland = await IncidentAsync(ana, now.AddDays(-20), auckland);
        await MeasureAsync(inAuckland.Id, due, noonUtc);
        // Three in the morning UTC the day after is still the due date in Los Angeles (UTC-8 or -7): on time there, late by UTC.
        var inLosAngeles = await IncidentAsync(ana, now.AddDays(-20), losAngeles);
        var laMeasure = await MeasureAsync(inLosAngeles.Id, due, noonUtc.AddHours(15));
        await App.RefreshClientBankDaysAsync();
        await App.RefreshDashboardDaysAsync();
        Assert.Equal(1, await CheckedBalanceAsync(clientId, now));

        // A zone PostgreSQL does not know counts as UTC (no error): the Auckland measure is on time now. Its day is queued
        // for the account; the dashboard, which does not read the verdict, queues nothing.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "TeamClockSettings" SET "TimeZoneId" = 'Mars/Olympus' WHERE "TeamId" = {auckland}"""));
        Assert.Equal([(clientId, due)], await QueueAsync());
        Assert.Equal(0, await App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "DashboardDayChecks" """).SingleAsync()));
        Assert.Equal(2, await CheckedBalanceAsync(clientId, now));

        // Moved to a team without a calendar, the Los Angeles measure is judged by UTC: late.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "TeamId" = {plain} WHERE "Id" = {inLosAngeles.Id}"""));
        Assert.Equal(1, await CheckedBalanceAsync(clientId, now));

        // Its due date moved a day later: on time again, and its completion's UTC day is queued.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "PreventionMeasures" SET "DueOn" = {due.AddDays(1)} WHERE "Id" = {laMeasure}"""));
        Assert.Equal([(clientId, due.AddDays(1))], await QueueAsync());
        Assert.Equal(2, await CheckedBalanceAsync(clientId, now));

        // Back to Los Angeles' team with its calendar, and the Auckland team's calendar removed (UTC): both stay on time.
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "TeamId" = {losAngeles} WHERE "Id" = {inLosAngeles.Id}"""));
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "TeamClockSettings" WHERE "TeamId" = {auckland}"""));
        Assert.Equal(2, await CheckedBalanceAsync(clientId, now));
        // The Auckland calendar back: late again.
        await App.WorksInAsync(auckland, "Pacific/Auckland");
        Assert.Equal(1, await CheckedBalanceAsync(clientId, now));
    }

    [Fact]
    public async Task The_client_page_reads_the_newest_hundred_changes_with_their_balances_and_a_day_by_day_chart()
    {
        var clientId = await App.AddClientAsync("Globex");
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var now = App.Clock.GetUtcNow();
        var old = await IncidentAsync(ana, now.AddDays(-200));
        await App.AddFiguresAsync(old.Id, Severity.High, mistakeA: true);
        var recent = await IncidentAsync(ana, now.AddDays(-3));
        await App.AddFiguresAsync(recent.Id, Severity.Low);
        await CloseWellAsync(recent.Id, now.AddDays(-1));
        await MeasureAsync(old.Id, dueOn: DateOnly.FromDateTime(now.UtcDateTime), doneAt: now.AddDays(-150));
        // 120 check-ins done, one a day, and one done tomorrow (not a change yet).
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CheckIns" ("Id", "IncidentId", "PlannedOn", "Topic", "IsDone", "DoneAt")
            SELECT gen_random_uuid(), {old.Id}, {DateOnly.FromDateTime(now.UtcDateTime)}, 'How is it going?', TRUE, {now} - g * interval '1 day' + interval '1 hour'
            FROM generate_series(-1, 120) AS g
            """));
        await App.RefreshClientBankDaysAsync();
        await CheckInAsync(old.Id, doneAt: now.AddHours(-2)); // queued: read live

        var history = await App.WithDbAsync(db => ClientBankHistory.ReadAsync(db, clientId, now, default));
        var reference = await App.WithDbAsync(db => BankEntriesReference.EntriesAsync(db, clientId, default));
        var upToNow = reference.Where(e => e.At <= now).ToList();

        Assert.Equal(await StandingAsync(clientId, now), history.Standing);
        Assert.Equal(EmotionalBankAccount.BalanceAt(reference, now), history.Standing.Balance);
        Assert.True(history.HasOlder);
        Assert.Equal(upToNow.AsEnumerable().Reverse().Take(ClientBankHistory.Shown).Select(e => (e.At, e.Kind, e.IncidentId, e.Change, e.BalanceAfter)),
            history.Newest.Select(e => (e.At, e.Kind, e.IncidentId, e.Change, e.BalanceAfter)));
        // One point per UTC day with a change, ending at the balance now.
        Assert.Equal(upToNow.Select(e => DateOnly.FromDateTime(e.At.UtcDateTime)).Distinct(), history.Days.Select(d => d.Day));
        Assert.Equal(history.Standing.Balance, history.Days[^1].Balance);
        Assert.Equal(upToNow.Last(e => DateOnly.FromDateTime(e.At.UtcDateTime) == history.Days[0].Day).BalanceAfter, history.Days[0].Balance);
    }

    private async Task<(int, int)> BalancesAsync(int first, int second, DateTimeOffset now)
    {
        var standings = await App.WithDbAsync(db => BankAccountReads.StandingsAsync(db, [first, second], now, default));
        return (standings[first].Balance, standings[second].Balance);
    }

    private Task<Incident> IncidentAsync(TestUser owner, DateTimeOffset discoveredAt, int? teamId = null) =>
        App.AnIncident(owner).ForClient("Globex").InTeam(teamId ?? owner.TeamId).DiscoveredAt(discoveredAt).LoggedAt(App.Clock.GetUtcNow()).SaveAsync();

    /// <summary>
    /// The balance now, read live (before the refresh) and from the summary (after it), each checked against the reference
    /// that counts straight from the rows.
    /// </summary>
    private async Task<int> CheckedBalanceAsync(int clientId, DateTimeOffset now)
    {
        var entries = await App.WithDbAsync(db => BankEntriesReference.EntriesAsync(db, clientId, default));
        var live = (await StandingAsync(clientId, now)).Balance;
        await App.RefreshClientBankDaysAsync();
        Assert.Empty(await QueueAsync());
        Assert.Equal(EmotionalBankAccount.BalanceAt(entries, now), live);
        Assert.Equal(live, (await StandingAsync(clientId, now)).Balance);
        return live;
    }

    private Task CloseWellAsync(long incidentId, DateTimeOffset closedAt) =>
        App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "Incidents" SET "Stage" = 'Closed', "FinishedAt" = {closedAt} WHERE "Id" = {incidentId}
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "IncidentConversations" ("IncidentId", "Acknowledgement", "ClientSharedFeelings", "HeldAt", "Notes", "OfferResponse", "RecordedAt")
                VALUES ({incidentId}, 'None', FALSE, {closedAt}, '', 'Accepted', {closedAt})
                ON CONFLICT ("IncidentId") DO UPDATE SET "OfferResponse" = 'Accepted'
                """);
        });

    private async Task<Guid> MeasureAsync(long incidentId, DateOnly dueOn, DateTimeOffset doneAt)
    {
        var id = Guid.NewGuid();
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "DueOn", "Status", "DoneAt", "DoneByName")
            VALUES ({id}, {incidentId}, 'Check capacity first', 'Sam', {dueOn}, 'Done', {doneAt}, 'Sam')
            """));
        return id;
    }

    private Task CheckInAsync(long incidentId, DateTimeOffset doneAt) =>
        App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CheckIns" ("Id", "IncidentId", "PlannedOn", "Topic", "IsDone", "DoneAt")
            VALUES ({Guid.NewGuid()}, {incidentId}, {DateOnly.FromDateTime(doneAt.UtcDateTime)}, 'How is it going?', TRUE, {doneAt})
            """));

    private Task<ClientStanding> StandingAsync(int clientId, DateTimeOffset now) =>
        App.WithDbAsync(async db => (await BankAccountReads.StandingsAsync(db, [clientId], now, default))[clientId]);

    private Task<int> QueuedAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "ClientBankDayChecks" """).SingleAsync());

    private async Task<List<(int ClientId, DateOnly Day)>> QueueAsync() =>
        [.. (await App.WithDbAsync(db => db.Database
            .SqlQueryRaw<ClientBankDaysRefresh.ClientDay>("""SELECT "ClientId", "Day" FROM "ClientBankDayChecks" ORDER BY "Day", "ClientId" """)
            .ToListAsync())).Select(c => (c.ClientId, c.Day))];
}
