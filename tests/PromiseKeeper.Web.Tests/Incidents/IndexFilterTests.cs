using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.List;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>The list's URL filters of docs/adr/0025, one by one, combined, paged, and with values the list does not know.</summary>
public sealed partial class IndexFilterTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Day = FixedClock.Start.AddDays(-2);

    [Fact]
    public async Task Filters_by_account_manager_and_team_for_a_lead_showing_all()
    {
        var teamA = await App.AddTeamAsync("Team A");
        var lead = await App.CreateUserAsync(Roles.TeamLead, teamId: teamA);
        var ann = await App.CreateUserAsync(Roles.AccountManager, "Ann", teamA);
        var bob = await App.CreateUserAsync(Roles.AccountManager, "Bob", teamA);
        var clientId = await App.AddClientAsync("Acme");
        var annS = TestIncidents.Log(ann, clientId, Day, App.Clock.Now);
        var bobS = TestIncidents.Log(bob, clientId, Day.AddHours(1), App.Clock.Now);
        await AddAsync(annS, bobS);

        var byOwner = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All, OwnerId = bob.Id });
        var byTeam = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All, TeamId = teamA });
        var otherTeam = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All, TeamId = teamA + 1000 });

        Assert.Equal([bobS.Id], Ids(byOwner));
        Assert.Equal([bobS.Id, annS.Id], Ids(byTeam));
        Assert.Empty(otherTeam.Rows);
    }

    [Fact]
    public async Task Filters_by_severity_and_mistake_through_the_figures_and_leaves_out_incidents_without_figures()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var high = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var low = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now);
        var none = TestIncidents.Log(am, clientId, Day.AddHours(2), App.Clock.Now);
        await AddAsync(high, low, none);
        await App.WithDbAsync(async db =>
        {
            db.Set<IncidentFigures>().AddRange(
                new IncidentFigures { IncidentId = high.Id, Severity = Severity.High, MistakeA = true, MistakeCount = 1, ComputedAt = App.Clock.Now },
                new IncidentFigures { IncidentId = low.Id, Severity = Severity.Low, MistakeE = true, MistakeCount = 1, ComputedAt = App.Clock.Now });
            await db.SaveChangesAsync();
        });

        Assert.Equal([high.Id], Ids(await ListAsync(am, new IndexModel.Query { Severity = "High" })));
        Assert.Equal([low.Id], Ids(await ListAsync(am, new IndexModel.Query { Severity = "low" })));
        Assert.Equal([high.Id], Ids(await ListAsync(am, new IndexModel.Query { Mistake = "A" })));
        Assert.Equal([low.Id], Ids(await ListAsync(am, new IndexModel.Query { Mistake = "e" })));
        Assert.Empty((await ListAsync(am, new IndexModel.Query { Mistake = "C" })).Rows);
        Assert.Empty((await ListAsync(am, new IndexModel.Query { Severity = "Critical" })).Rows);
    }

    [Fact]
    public async Task Filters_by_clock_state_now_and_clock_kind()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var warning = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var breached = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now);
        var paused = TestIncidents.Log(am, clientId, Day.AddHours(2), App.Clock.Now);
        var calm = TestIncidents.Log(am, clientId, Day.AddHours(3), App.Clock.Now);
        await AddAsync(warning, breached, paused, calm);
        var now = App.Clock.Now;
        await App.WithDbAsync(async db =>
        {
            db.Set<RunningClock>().AddRange(
                Clock(warning.Id, ClockKind.TellClient, ClockState.Running, now.AddHours(-1), now.AddHours(1)),
                Clock(breached.Id, ClockKind.HoldCall, ClockState.Warning, now.AddHours(-3), now.AddHours(-1)),
                Clock(paused.Id, ClockKind.HoldCall, ClockState.Paused, now.AddHours(-3), now.AddHours(-1)),
                Clock(calm.Id, ClockKind.TellClient, ClockState.Running, now.AddHours(1), now.AddHours(2)));
            await db.SaveChangesAsync();
        });

        Assert.Equal([warning.Id], Ids(await ListAsync(am, new IndexModel.Query { Clock = "Warning" })));
        Assert.Equal([breached.Id], Ids(await ListAsync(am, new IndexModel.Query { Clock = "Breached" })));
        Assert.Equal([breached.Id], Ids(await ListAsync(am, new IndexModel.Query { Clock = "Breached", ClockKind = "HoldCall" })));
        Assert.Empty((await ListAsync(am, new IndexModel.Query { Clock = "Breached", ClockKind = "TellClient" })).Rows);
    }

    [Fact]
    public async Task Filters_by_overdue_measures_and_check_ins_before_today()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var lateMeasure = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var lateCheckIn = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now);
        var dueToday = TestIncidents.Log(am, clientId, Day.AddHours(2), App.Clock.Now);
        await AddAsync(lateMeasure, lateCheckIn, dueToday);
        var today = DateOnly.FromDateTime(App.Clock.Now.UtcDateTime);
        await App.WithDbAsync(async db =>
        {
            await Measure(db, lateMeasure.Id, today.AddDays(-1), MeasureStatus.InProgress);
            await Measure(db, lateCheckIn.Id, today.AddDays(-5), MeasureStatus.Done);
            await Measure(db, dueToday.Id, today, MeasureStatus.Planned);
            await CheckIn(db, lateCheckIn.Id, today.AddDays(-2), done: false);
            await CheckIn(db, lateMeasure.Id, today.AddDays(-2), done: true);
            await CheckIn(db, dueToday.Id, today, done: false);
        });

        Assert.Equal([lateMeasure.Id], Ids(await ListAsync(am, new IndexModel.Query { Overdue = "Measures" })));
        Assert.Equal([lateCheckIn.Id], Ids(await ListAsync(am, new IndexModel.Query { Overdue = "CheckIns" })));
    }

    [Fact]
    public async Task Filters_by_root_cause_contract_promiser_and_open()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var closed = TestIncidents.Log(am, clientId, Day, App.Clock.Now).WalkTo(PlaybookStage.Closed, am, App.Clock.Now);
        var contract = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now, contractReference: "SOW 7");
        var byOther = Incident.Log(TestIncidents.Details(clientId, Day.AddHours(2)) with { PromisedBy = "Olga Other" }, PromiseKeeper.Domain.Actor.Create(am.Id, am.DisplayName), App.Clock.Now, am.TeamId);
        await AddAsync(closed, contract, byOther);
        var category = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == closed.Id).Select(i => i.Retro!.RootCauseCategory).SingleAsync());
        var otherCategory = Enum.GetValues<RootCauseCategory>().First(c => c != category);

        Assert.Equal([closed.Id], Ids(await ListAsync(am, new IndexModel.Query { RootCause = category.ToString() })));
        Assert.Empty((await ListAsync(am, new IndexModel.Query { RootCause = otherCategory.ToString() })).Rows);
        Assert.Equal([contract.Id], Ids(await ListAsync(am, new IndexModel.Query { ContractLinked = true })));
        Assert.Equal([byOther.Id, closed.Id], Ids(await ListAsync(am, new IndexModel.Query { ContractLinked = false })));
        Assert.Equal([byOther.Id], Ids(await ListAsync(am, new IndexModel.Query { PromisedBy = "olga OTHER" })));
        Assert.Empty((await ListAsync(am, new IndexModel.Query { PromisedBy = "Olga" })).Rows);
        Assert.Equal([byOther.Id, contract.Id], Ids(await ListAsync(am, new IndexModel.Query { Open = true })));
    }

    [Fact]
    public async Task The_period_includes_both_days()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var first = TestIncidents.Log(am, clientId, new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), App.Clock.Now);
        var last = TestIncidents.Log(am, clientId, new DateTimeOffset(2026, 11, 12, 23, 59, 0, TimeSpan.Zero), App.Clock.Now);
        var after = TestIncidents.Log(am, clientId, new DateTimeOffset(2026, 11, 13, 0, 0, 0, TimeSpan.Zero), App.Clock.Now);
        var before = TestIncidents.Log(am, clientId, new DateTimeOffset(2026, 11, 9, 23, 59, 0, TimeSpan.Zero), App.Clock.Now);
        await AddAsync(first, last, after, before);

        var result = await ListAsync(am, new IndexModel.Query { From = "2026-11-10", To = "2026-11-12" });

        Assert.Equal([last.Id, first.Id], Ids(result));
    }

    [Theory]
    [InlineData("Severity=Huge")]
    [InlineData("Mistake=Z")]
    [InlineData("Clock=Running")]
    [InlineData("ClockKind=Teatime&Clock=Warning")]
    [InlineData("Overdue=Homework")]
    [InlineData("RootCause=Bad%20luck")]
    [InlineData("From=2026-13-45")]
    [InlineData("From=2026-11-20&To=2026-11-01")]
    [InlineData("From=2000-01-01&To=2026-11-01")]
    [InlineData("Stage=Nowhere")]
    [InlineData("TeamId=x")]
    [InlineData("Open=maybe")]
    [InlineData("Text=%00%01%02")]
    public async Task An_unknown_filter_value_is_named_next_to_the_form_and_lists_nothing(string filter)
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        await AddAsync(TestIncidents.Log(am, clientId, Day, App.Clock.Now));
        using var http = await App.CreateSignedInClientAsync(am);

        using var response = await http.GetAsync(new Uri("/Incidents?" + filter, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"filter-problems\"", html, StringComparison.Ordinal);
        Assert.Empty(IncidentLinks(html));
    }

    [Fact]
    public async Task Paging_keeps_the_filters()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var acme = await App.AddClientAsync("Acme");
        var globex = await App.AddClientAsync("Globex");
        var incidents = Enumerable.Range(0, 40)
            .Select(n => TestIncidents.Log(am, n % 2 == 0 ? acme : globex, Day.AddMinutes(-n), App.Clock.Now, contractReference: n % 4 == 0 ? "SOW" : null))
            .ToArray();
        await AddAsync(incidents);
        var expected = incidents.Where((_, n) => n % 2 == 0 && n % 4 != 0).Select(i => i.Id).ToList();
        using var http = await App.CreateSignedInClientAsync(lead);

        var seen = new List<long>();
        var path = $"/Incidents?Show=all&ClientId={acme}&ContractLinked=false";
        var first = await http.GetStringAsync(new Uri(path, UriKind.Relative));
        seen.AddRange(IncidentLinks(first));

        Assert.Equal(expected, seen);
        Assert.DoesNotContain("rel=\"next\"", first, StringComparison.Ordinal);

        var page = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All, ContractLinked = false });
        var next = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All, ContractLinked = false, After = page.NextCursor });
        Assert.Equal(incidents.Where((_, n) => n % 4 != 0).Select(i => i.Id), Ids(page).Concat(Ids(next)));
        var link = NextLink().Match(await http.GetStringAsync(new Uri("/Incidents?Show=all&ContractLinked=false", UriKind.Relative)));
        Assert.True(link.Success);
        Assert.Contains("ContractLinked=false", WebUtility.HtmlDecode(link.Groups["href"].Value), StringComparison.Ordinal);
        Assert.Contains("Show=all", WebUtility.HtmlDecode(link.Groups["href"].Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_manager_gets_no_owner_or_team_picker_and_a_lead_only_their_team()
    {
        var teamA = await App.AddTeamAsync("Team A");
        var teamB = await App.AddTeamAsync("Team B");
        var am = await App.CreateUserAsync(Roles.AccountManager, "Ann Inside", teamA);
        await App.CreateUserAsync(Roles.AccountManager, "Otto Outside", teamB);
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead", teamA);
        using var amHttp = await App.CreateSignedInClientAsync(am);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);

        var amPage = await amHttp.GetStringAsync(new Uri("/Incidents", UriKind.Relative));
        var leadPage = await leadHttp.GetStringAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.DoesNotContain("name=\"OwnerId\"", amPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"TeamId\"", amPage, StringComparison.Ordinal);
        Assert.Contains("Ann Inside", leadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto Outside", leadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"TeamId\"", leadPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filtered_list_is_still_one_statement()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var clientId = await App.AddClientAsync("Acme");
        await AddAsync(TestIncidents.Log(lead, clientId, Day, App.Clock.Now));
        using var http = await App.CreateSignedInClientAsync(lead);
        const string path = "/Incidents?Show=all&Severity=High&Mistake=A&Clock=Breached&Overdue=Measures&RootCause=Other&ContractLinked=true&PromisedBy=x&From=2026-01-01&To=2026-12-31&Open=true&Text=deadline";
        await http.GetStringAsync(new Uri(path, UriKind.Relative));

        var (sql, _) = await App.GetCountingSqlAsync(http, path);

        Assert.Single(sql);
    }

    private static RunningClock Clock(long incidentId, ClockKind kind, ClockState state, DateTimeOffset warnsAt, DateTimeOffset dueAt) => new()
    {
        IncidentId = incidentId,
        ClockKey = kind.ToString(),
        Subject = IncidentClockSubject.Stage,
        Kind = kind,
        State = state,
        WarnsAt = warnsAt,
        DueAt = dueAt,
        ReadAt = warnsAt,
    };

    private static Task Measure(Web.Data.PromiseKeeperDbContext db, long incidentId, DateOnly dueOn, MeasureStatus status) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"PreventionMeasures\" (\"Id\", \"IncidentId\", \"Description\", \"Owner\", \"DueOn\", \"Status\") VALUES ({Guid.NewGuid()}, {incidentId}, 'Fix it', 'Sam', {dueOn}, {status.ToString()})");

    private static Task CheckIn(Web.Data.PromiseKeeperDbContext db, long incidentId, DateOnly plannedOn, bool done) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"CheckIns\" (\"Id\", \"IncidentId\", \"PlannedOn\", \"Topic\", \"IsDone\") VALUES ({Guid.NewGuid()}, {incidentId}, {plannedOn}, 'How is it?', {done})");

    private static List<long> Ids(IndexModel.Result result) => [.. result.Rows.Select(r => r.Id)];

    private static List<long> IncidentLinks(string html) =>
        [.. IncidentLink().Matches(html).Select(m => long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private Task<IndexModel.Result> ListAsync(TestUser user, IndexModel.Query query)
    {
        query.Show ??= IncidentListFilter.All;
        return App.SendAsync(user, m => m.Send(query));
    }

    private Task AddAsync(params Incident[] incidents) =>
        App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(incidents);
            await db.SaveChangesAsync();
        });

    [GeneratedRegex("<a href=\"/Incidents/(?<id>[0-9]+)\"")]
    private static partial Regex IncidentLink();

    [GeneratedRegex("<a [^>]*rel=\"next\" href=\"(?<href>[^\"]+)\"|<a [^>]*href=\"(?<href>[^\"]+)\"[^>]*rel=\"next\"")]
    private static partial Regex NextLink();
}
