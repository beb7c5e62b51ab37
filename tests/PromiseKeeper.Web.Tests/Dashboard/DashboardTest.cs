using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Dashboard;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>
/// A small known data set for the dashboard (the fixture's clock: Monday 23 Nov 2026 12:00 UTC; readers in UTC, so the last
/// 30 days are 25 Oct to 23 Nov 2026). Team one (lead, Alex, Bea) and team two (Omar):
/// <code>
///         owner  client   discovered  stage          figures                                          other
///   One   Alex   Acme     today 10:00 origin         A C, told 60 min first, ratio 0.05, 1 of 2 texts  HoldCall breached, a breach event
///   Two   Alex   Acme     3 days ago  conversation   A, told 180 min (not first), ratio 0.5, 0 of 3    TellClient at risk
///   Three Bea    Globex   10 days ago closed         B, told 600 min first, ratio 2, 2 of 1 text       a measure overdue; retro
///   Four  Bea    Globex   20 days ago retro          (not computed yet)                                retro submitted, SubmitRetro breached
///   Five  Omar   Initech  5 days ago  origin         A, not told, ratio unknown, Pat promised,         a paused clock
///                                                    kind ClientMistake
///   Old   Alex   Acme     40 days ago origin         A (outside the period)                           a breach event
/// </code>
/// Measures: Two has one done on time, One one done late, Three one overdue.
/// </summary>
public abstract partial class DashboardTest(WebAppFixture app) : WebAppTest(app)
{
    protected const string Period = "From=2026-10-25&To=2026-11-23";

    protected sealed record World(
        TestUser Lead,
        TestUser Head,
        int TeamOne,
        int TeamTwo,
        Incident One,
        Incident Two,
        Incident Three,
        Incident Four,
        Incident Five,
        Incident Old);

    protected async Task<World> KnownWorldAsync()
    {
        var now = App.Clock.Now;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var teamTwo = await App.AddTeamAsync("Enterprise accounts");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");
        var alex = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var omar = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", teamTwo);
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Hana Kos");

        var one = await App.AnIncident(alex).Titled("One").ForClient("Acme").DiscoveredAt(now.AddHours(-2)).LoggedAt(now.AddHours(-1))
            .SaveAsync();
        var two = await App.AnIncident(alex).Titled("Two").ForClient("Acme").DiscoveredAt(now.AddDays(-3)).AtStage(PlaybookStage.Conversation)
            .SaveAsync();
        var three = await App.AnIncident(bea).Titled("Three").ForClient("Globex").DiscoveredAt(now.AddDays(-10)).Until(now.AddDays(-3))
            .AtStage(PlaybookStage.Closed).SaveAsync();
        var four = await App.AnIncident(bea).Titled("Four").ForClient("Globex").DiscoveredAt(now.AddDays(-20)).Until(now.AddDays(-1))
            .AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().SaveAsync();
        var five = await App.AnIncident(omar).Titled("Five").ForClient("Initech").DiscoveredAt(now.AddDays(-5))
            .With(d => d with { PromisedBy = "Pat", Kind = IncidentKind.ClientMistake }).SaveAsync();
        var old = await App.AnIncident(alex).Titled("Old").ForClient("Acme").DiscoveredAt(now.AddDays(-40)).SaveAsync();

        await App.WithDbAsync(async db =>
        {
            db.Set<IncidentFigures>().AddRange(
                Figures(one.Id, a: true, c: true, tell: 60, toldFirst: true, ratio: 0.05m, texts: 2, blame: 1),
                Figures(two.Id, a: true, tell: 180, ratio: 0.5m, texts: 3),
                Figures(three.Id, b: true, tell: 600, toldFirst: true, ratio: 2m, texts: 1, blame: 2),
                Figures(five.Id, a: true),
                Figures(old.Id, a: true, tell: 30, toldFirst: true));
            db.Set<RunningClock>().AddRange(
                Clock(one.Id, ClockKind.HoldCall, ClockState.Breached, now.AddHours(-3), now.AddHours(-1)),
                Clock(two.Id, ClockKind.TellClient, ClockState.Running, now.AddHours(-1), now.AddHours(1)),
                Clock(four.Id, ClockKind.SubmitRetro, ClockState.Breached, now.AddDays(-2), now.AddDays(-1)),
                Clock(five.Id, ClockKind.TellClient, ClockState.Paused, now.AddDays(-2), now.AddDays(-1)));
            db.Set<ClockEvent>().AddRange(
                new ClockEvent { IncidentId = one.Id, ClockKey = "HoldCall", Subject = IncidentClockSubject.Stage, Kind = ClockKind.HoldCall, Event = ClockEventKind.Breached, HappenedAt = now.AddHours(-1), RecordedAt = now },
                new ClockEvent { IncidentId = one.Id, ClockKey = "HoldCall", Subject = IncidentClockSubject.Stage, Kind = ClockKind.HoldCall, Event = ClockEventKind.Warned, HappenedAt = now.AddHours(-2), RecordedAt = now },
                new ClockEvent { IncidentId = old.Id, ClockKey = "TellClient", Subject = IncidentClockSubject.Stage, Kind = ClockKind.TellClient, Event = ClockEventKind.Breached, HappenedAt = now.AddDays(-39), RecordedAt = now });
            await db.SaveChangesAsync();
            // Measures as a retro leaves them (the domain adds them only at the retro stage, due from today on).
            await Measure(db, one.Id, "Done late", today.AddDays(-1), now);
            await Measure(db, two.Id, "Done on time", today.AddDays(5), now.AddDays(-1));
            await Measure(db, three.Id, "Overdue", today.AddDays(-2), null);
            await Measure(db, three.Id, "Not due yet", today.AddDays(2), null);
        });
        return new World(lead, head, lead.TeamId!.Value, teamTwo, one, two, three, four, five, old);
    }

    protected static Task<int> Measure(Web.Data.PromiseKeeperDbContext db, long incidentId, string description, DateOnly dueOn, DateTimeOffset? doneAt) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "DueOn", "Status", "DoneAt", "DoneByName", "DoneNote")
            VALUES ({Guid.NewGuid()}, {incidentId}, {description}, 'Ops', {dueOn}, {(doneAt is null ? "Planned" : "Done")}, {doneAt}, {(doneAt is null ? null : "Ops")}, {(doneAt is null ? null : "Done")})
            """);

    private static IncidentFigures Figures(
        long id, bool a = false, bool b = false, bool c = false, int? tell = null, bool toldFirst = false, decimal? ratio = null, int texts = 0, int blame = 0) =>
        new()
        {
            IncidentId = id,
            Severity = Severity.Medium,
            SeverityPoints = 5,
            MistakeA = a,
            MistakeB = b,
            MistakeC = c,
            MistakeCount = (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0),
            TimeToTellMinutes = tell,
            ToldFirst = toldFirst,
            OfferToLossRatio = ratio,
            ClientTextsSent = texts,
            BlameFindingsSent = blame,
            ComputedAt = FixedClock.Start,
        };

    private static RunningClock Clock(long incidentId, ClockKind kind, ClockState state, DateTimeOffset warnsAt, DateTimeOffset dueAt) =>
        new()
        {
            IncidentId = incidentId,
            ClockKey = kind.ToString(),
            Subject = IncidentClockSubject.Stage,
            Kind = kind,
            State = state,
            WarnsAt = warnsAt,
            DueAt = dueAt,
            ReadAt = FixedClock.Start,
        };

    // The dashboard's statement for a head of customer success reading in ZONE, over the DAYS days to the fixture's today, split by SPLIT.
    protected async Task<DashboardFigures> FiguresAsync(string zone, int days = 30, DashboardSplit split = DashboardSplit.None)
    {
        var tz = NodaTime.DateTimeZoneProviders.Tzdb[zone];
        var now = App.Clock.GetUtcNow();
        var today = NodaTime.Instant.FromDateTimeOffset(now).InZone(tz).Date.ToDateOnly();
        DateTimeOffset StartOf(DateOnly day) => NodaTime.LocalDate.FromDateOnly(day).AtStartOfDayInZone(tz).ToDateTimeOffset();
        var scope = new DashboardScope(today.AddDays(1 - days), today, StartOf(today.AddDays(1 - days)), StartOf(today.AddDays(1)), today, zone, null, true, split);
        var (sql, parameters) = DashboardSql.For(scope, DashboardDayParts.Of(scope, StartOf), now);
        var rows = await App.WithDbAsync(db => db.Database.SqlQueryRaw<FigureRow>(sql, parameters).ToListAsync());
        return new DashboardFigures(scope, rows);
    }

    // The page without what differs from one request to the next (antiforgery tokens).
    protected static async Task<string> PageAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Token().Replace(await response.Content.ReadAsStringAsync(), "token");
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"|value=\"[^\"]*\" name=\"__RequestVerificationToken\"")]
    private static partial System.Text.RegularExpressions.Regex Token();
}
