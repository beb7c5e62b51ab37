using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Dashboard;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's per-day summary ("DashboardDays", ADR 0027): what a change queues, that a queued day is counted live
/// until the refresh rebuilds it, that the rebuilt summary gives the same page, and the days a reader's zone cuts.
/// </summary>
public sealed class DashboardSummaryTests(WebAppFixture app) : DashboardTest(app)
{
    public static TheoryData<string, string> Views => new()
    {
        { "UTC", "/Dashboard" },
        { "UTC", "/Dashboard?Split=AccountManager" },
        { "UTC", "/Dashboard?Period=90&Split=Client" },
        { "Asia/Kolkata", "/Dashboard?Period=90&Split=Team" },
        { "Asia/Kolkata", "/Dashboard?Period=365&Split=Kind" },
        { "Pacific/Kiritimati", "/Dashboard" },
        { "America/St_Johns", "/Dashboard?Period=custom&From=2026-08-03&To=2026-11-23" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_rebuilt_summary_gives_the_page_counted_live_and_a_later_change_shows_at_once(string zone, string path)
    {
        var w = await KnownWorldAsync();
        await SetZoneAsync(w.Head, zone);
        using var http = await App.CreateSignedInClientAsync(w.Head);
        Assert.NotEqual(0, await QueuedAsync());
        var live = await PageAsync(http, path);

        Assert.NotEqual(0, await App.RefreshDashboardDaysAsync());

        Assert.Equal(0, await QueuedAsync());
        Assert.Equal(live, await PageAsync(http, path));

        // A change after the rebuild queues its day, which the page counts live (the rest from the summary), as it
        // shows once the day is rebuilt.
        await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == w.Two.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Stage, PlaybookStage.Closed)));
        Assert.Equal(1, await QueuedAsync());
        var changed = await PageAsync(http, path);
        Assert.NotEqual(live, changed);
        await App.RefreshDashboardDaysAsync();
        Assert.Equal(changed, await PageAsync(http, path));
    }

    [Fact]
    public async Task Only_a_change_the_dashboard_counts_queues_the_incident_s_day_and_moving_the_discovery_queues_both_days()
    {
        var w = await KnownWorldAsync();
        await App.RefreshDashboardDaysAsync();
        var one = DayOf(w.One.DiscoveredAt);

        await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == w.One.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Summary, "Renamed")));
        Assert.Empty(await QueueAsync());

        await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == w.One.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.PromisedBy, "Kim")));
        Assert.Equal([(one, w.TeamOne)], await QueueAsync());
        await App.RefreshDashboardDaysAsync();

        await App.WithDbAsync(db => db.Set<IncidentFigures>().Where(f => f.IncidentId == w.One.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.MistakeB, true)));
        Assert.Equal([(one, w.TeamOne)], await QueueAsync());
        await App.RefreshDashboardDaysAsync();

        await App.WithDbAsync(db => Measure(db, w.Five.Id, "Call back", DateOnly.FromDateTime(App.Clock.Now.UtcDateTime), null));
        Assert.Equal([(DayOf(w.Five.DiscoveredAt), w.TeamTwo)], await QueueAsync());
        await App.RefreshDashboardDaysAsync();

        var earlier = w.One.DiscoveredAt.AddDays(-2);
        await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == w.One.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DiscoveredAt, earlier)));
        Assert.Equal([(DayOf(earlier), w.TeamOne), (one, w.TeamOne)], await QueueAsync());
    }

    [Fact]
    public async Task Utc_days_cut_by_a_week_and_by_today_of_the_reader_s_zone_count_each_incident_in_its_own_week()
    {
        var w = await KnownWorldAsync();
        await SetZoneAsync(w.Head, "Asia/Kolkata");
        var cleo = await App.CreateUserAsync(Roles.AccountManager, "Cleo Park");
        // Sunday 22 Nov 2026, 18:00 and 18:45 UTC: 23:30 on Sunday and 00:15 on Monday 23 Nov in Kolkata (UTC+5:30).
        var sunday = new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero);
        await App.AnIncident(cleo).Titled("Late on Sunday").ForClient("Acme").DiscoveredAt(sunday).SaveAsync();
        await App.AnIncident(cleo).Titled("Early on Monday").ForClient("Acme").DiscoveredAt(sunday.AddMinutes(45)).SaveAsync();
        // The Sunday before: a week starts inside this UTC day, but no age limit does (a summary day counted by quarter hours).
        await App.AnIncident(cleo).Titled("Late a week before").ForClient("Acme").DiscoveredAt(sunday.AddDays(-7)).SaveAsync();
        await App.AnIncident(cleo).Titled("Early a week before").ForClient("Acme").DiscoveredAt(sunday.AddDays(-7).AddMinutes(45)).SaveAsync();

        using var http = await App.CreateSignedInClientAsync(w.Head);
        var live = await PageAsync(http, "/Dashboard");
        await App.RefreshDashboardDaysAsync();
        var summarised = await PageAsync(http, "/Dashboard");

        Assert.Equal(live, summarised);
        // In Kolkata the week of Monday 9 Nov has Three (13 Nov) and "Late a week before"; the week of 16 Nov "Early a week
        // before", Five (18 Nov), Two (20 Nov) and "Late on Sunday"; the week of 23 Nov (today) One and "Early on Monday".
        // A reader in UTC would see 3, 4 and 1.
        Assert.Equal(
            (2, 4, 2),
            (TrendIncidents(summarised, "2026-11-09", "2026-11-15"), TrendIncidents(summarised, "2026-11-16", "2026-11-22"),
                TrendIncidents(summarised, "2026-11-23", "2026-11-23")));
    }

    [Theory]
    [InlineData("UTC", 1)]
    [InlineData("Pacific/Kiritimati", 0)]
    [InlineData("Pacific/Pago_Pago", 1)]
    public async Task A_measure_done_late_in_the_evening_of_its_due_day_is_on_time_only_where_that_evening_is_still_the_due_day(string zone, int onTime)
    {
        var w = await KnownWorldAsync();
        // Five's measure, due Friday 20 Nov, done at 23:30 UTC: still the 20th in UTC and Pago Pago (UTC−11), the 21st in
        // Kiritimati (UTC+14). Neither bound settles it, so the statement reads the measure itself.
        await App.WithDbAsync(db => Measure(db, w.Five.Id, "Near the line", new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero)));
        await App.RefreshDashboardDaysAsync();

        var measures = (await FiguresAsync(zone)).Measures;

        Assert.Equal((3, onTime + 1), (measures.Count("done"), measures.Count("doneOnTime")));
    }

    [Fact]
    public async Task Open_incidents_on_a_utc_day_an_age_limit_cuts_fall_on_either_side_of_the_limit_queued_or_summarised()
    {
        await KnownWorldAsync();
        var cleo = await App.CreateUserAsync(Roles.AccountManager, "Cleo Park");
        var kolkata = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
        var today = NodaTime.Instant.FromDateTimeOffset(App.Clock.GetUtcNow()).InZone(kolkata).Date;
        // The "1–7 days" bucket starts at midnight six days ago in Kolkata, 18:30 UTC the day before: a quarter hour
        // before it an incident is 7 days old (1–4 weeks), a quarter hour after it 6 days old (1–7 days).
        var limit = today.PlusDays(-6).AtStartOfDayInZone(kolkata).ToDateTimeOffset();
        var before = await FiguresAsync("Asia/Kolkata");
        await App.AnIncident(cleo).Titled("Just a week old").ForClient("Acme").DiscoveredAt(limit.AddMinutes(-15)).SaveAsync();
        await App.AnIncident(cleo).Titled("Just six days old").ForClient("Acme").DiscoveredAt(limit.AddMinutes(15)).SaveAsync();

        var queued = await FiguresAsync("Asia/Kolkata");
        await App.RefreshDashboardDaysAsync();
        var summarised = await FiguresAsync("Asia/Kolkata");

        foreach (var after in new[] { queued, summarised })
        {
            Assert.Equal(
                (1, 1),
                (after.Open.GetValueOrDefault((PlaybookStage.InvestigateOrigin, DashboardAge.Month)) - before.Open.GetValueOrDefault((PlaybookStage.InvestigateOrigin, DashboardAge.Month)),
                    after.Open.GetValueOrDefault((PlaybookStage.InvestigateOrigin, DashboardAge.Week)) - before.Open.GetValueOrDefault((PlaybookStage.InvestigateOrigin, DashboardAge.Week))));
        }
    }

    [Fact]
    public void A_reader_in_utc_has_no_cut_day_and_elsewhere_the_period_s_ends_cut_days_and_the_age_limits_only_the_open_incidents()
    {
        static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var today = new DateOnly(2026, 11, 23);
        var utc = new DashboardScope(today.AddDays(-89), today, Utc(today.AddDays(-89)), Utc(today.AddDays(1)), today, "UTC", null, true, DashboardSplit.None);
        var none = DashboardDayParts.Of(utc, Utc);
        Assert.Empty(none.CutDays);
        Assert.Empty(none.PartStarts);
        Assert.Empty(none.AgeCutDays);
        Assert.Equal((today.AddDays(-89), today.AddDays(1)), (none.FullFrom, none.FullTo));

        // Kolkata: a day starts at 18:30 UTC the day before.
        static DateTimeOffset Kolkata(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5.5));
        var scope = utc with { From = Kolkata(today.AddDays(-89)), To = Kolkata(today.AddDays(1)), TimeZoneId = "Asia/Kolkata" };
        var parts = DashboardDayParts.Of(scope, Kolkata);

        // The first and last UTC days are partly outside the period. A week starts inside a UTC day (18:30 on Sunday), which
        // the trend counts by quarter hours. Today, 6 and 27 days ago fall inside a UTC day each, whose open incidents are
        // counted one by one (from the day's start, at 00:00 UTC) and which the other figures take from the summary.
        var mondays = Enumerable.Range(1, 89).Select(n => today.AddDays(-89 + n)).Where(d => d.DayOfWeek == DayOfWeek.Monday).ToList();
        Assert.Equal([DateOnly.FromDateTime(scope.From.UtcDateTime), DateOnly.FromDateTime(scope.To.UtcDateTime)], parts.CutDays);
        Assert.Equal(mondays.Select(m => m.AddDays(-1)), parts.TrendCutDays);
        Assert.Equal([scope.From, Utc(today)], parts.PartStarts);
        Assert.Equal([Utc(today.AddDays(-89)), scope.To], parts.PartEnds);
        DateOnly[] ageDays = [today.AddDays(-28), today.AddDays(-7), today.AddDays(-1)];
        Assert.Equal(ageDays, parts.AgeCutDays);
        Assert.Equal(ageDays.Select(Utc), parts.AgeStarts);
        Assert.Equal(ageDays.Select(d => Utc(d.AddDays(1))), parts.AgeEnds);
    }

    private Task SetZoneAsync(TestUser user, string zone) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, zone)));

    // The incidents of one trend bucket: the first link to the list with exactly its days.
    private static int TrendIncidents(string html, string from, string to)
    {
        var match = Regex.Match(WebUtility.HtmlDecode(html), $"From={from}&To={to}\">(\\d+)</a>");
        Assert.True(match.Success, $"no trend bucket {from} – {to}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<int> QueuedAsync() =>
        App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "DashboardDayChecks" """).SingleAsync());

    private async Task<List<(DateOnly Day, int TeamId)>> QueueAsync() =>
        [.. (await App.WithDbAsync(db => db.Database
            .SqlQueryRaw<DashboardDaysRefresh.DayOfTeam>("""SELECT "Day", "TeamId" FROM "DashboardDayChecks" ORDER BY "Day", "TeamId" """)
            .ToListAsync())).Select(c => (c.Day, c.TeamId))];

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
