using System.Net;
using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

public sealed partial class IndexTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Day = FixedClock.Start.AddDays(-2);

    [Fact]
    public async Task Filters_by_stage()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var investigating = TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: "investigating");
        var researching = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now, summary: "researching");
        researching.WalkTo(PlaybookStage.ResearchAlternatives, am, App.Clock.Now);
        await AddAsync(investigating, researching);

        var result = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, Stage = PlaybookStage.ResearchAlternatives });

        var row = Assert.Single(result.Rows);
        Assert.Equal((researching.Id, PlaybookStage.ResearchAlternatives), (row.Id, row.Stage));
        var first = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, Stage = PlaybookStage.InvestigateOrigin });
        Assert.Equal([investigating.Id], first.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Filters_by_client()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var acme = await App.AddClientAsync("Acme");
        var globex = await App.AddClientAsync("Globex");
        var forAcme = TestIncidents.Log(am, acme, Day, App.Clock.Now);
        var forGlobex = TestIncidents.Log(am, globex, Day.AddHours(1), App.Clock.Now);
        await AddAsync(forAcme, forGlobex);

        var result = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, ClientId = globex });

        var row = Assert.Single(result.Rows);
        Assert.Equal((forGlobex.Id, "Globex"), (row.Id, row.ClientName));
    }

    [Fact]
    public async Task Filters_by_kind()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var late = TestIncidents.Log(am, clientId, Day, App.Clock.Now, IncidentKind.MissedDeadline);
        var rude = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now, IncidentKind.InsensitiveRemark);
        await AddAsync(late, rude);

        var result = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, Kind = IncidentKind.InsensitiveRemark });

        var row = Assert.Single(result.Rows);
        Assert.Equal((rude.Id, IncidentKind.InsensitiveRemark), (row.Id, row.Kind));
    }

    [Fact]
    public async Task An_account_manager_only_ever_sees_their_own_incidents_even_when_asking_for_all()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var other = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var clientId = await App.AddClientAsync("Acme");
        var mine = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var theirs = TestIncidents.Log(other, clientId, Day.AddHours(1), App.Clock.Now);
        var theirsInContract = TestIncidents.Log(other, clientId, Day.AddHours(2), App.Clock.Now, contractReference: "SOW 7");
        await AddAsync(mine, theirs, theirsInContract);

        foreach (var show in new[] { IndexModel.Query.Mine, IndexModel.Query.All, null })
        {
            var result = await ListAsync(am, new IndexModel.Query { Show = show });
            var row = Assert.Single(result.Rows);
            Assert.Equal((mine.Id, "Alex Morgan"), (row.Id, row.OwnerName));
        }
    }

    [Fact]
    public async Task A_team_lead_sees_all_incidents_with_all_and_their_own_with_mine()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var clientId = await App.AddClientAsync("Acme");
        var incidents = new[]
        {
            TestIncidents.Log(am, clientId, Day, App.Clock.Now),
            TestIncidents.Log(other, clientId, Day.AddHours(1), App.Clock.Now),
            TestIncidents.Log(lead, clientId, Day.AddHours(2), App.Clock.Now),
        };
        await AddAsync(incidents);

        var all = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.All });
        var mine = await ListAsync(lead, new IndexModel.Query { Show = IndexModel.Query.Mine });

        Assert.Equal(incidents.Select(i => i.Id).Order(), all.Rows.Select(r => r.Id).Order());
        Assert.Equal([incidents[2].Id], mine.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_page_shows_a_team_lead_everyone_s_incidents_and_an_account_manager_their_own_by_default()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var clientId = await App.AddClientAsync("Acme");
        var mine = TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: "Alpha went wrong");
        var theirs = TestIncidents.Log(other, clientId, Day.AddHours(1), App.Clock.Now, summary: "Bravo went wrong");
        await AddAsync(mine, theirs);

        using var amHttp = await App.CreateSignedInClientAsync(am);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        var amPage = await amHttp.GetStringAsync(new Uri("/Incidents", UriKind.Relative));
        var leadPage = await leadHttp.GetStringAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.Equal([mine.Id], IncidentLinks(amPage));
        Assert.Equal([theirs.Id, mine.Id], IncidentLinks(leadPage));
    }

    [Fact]
    public async Task Legal_sees_only_contract_linked_incidents_in_the_list()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var clientId = await App.AddClientAsync("Acme");
        var ordinary = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var contract = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now, contractReference: "MSA 4.2");
        await AddAsync(ordinary, contract);

        var result = await ListAsync(legal, new IndexModel.Query { Show = IndexModel.Query.All });

        var row = Assert.Single(result.Rows);
        Assert.Equal((contract.Id, true), (row.Id, row.IsContractLinked));
    }

    [Fact]
    public async Task Sorted_newest_discovery_first_with_the_id_breaking_ties()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var first = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var sameTime = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        var older = TestIncidents.Log(am, clientId, Day.AddHours(-3), App.Clock.Now);
        var newer = TestIncidents.Log(am, clientId, Day.AddHours(3), App.Clock.Now);
        await AddAsync(first, sameTime, older, newer);
        Assert.True(sameTime.Id > first.Id);

        var result = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine });

        Assert.Equal([newer.Id, sameTime.Id, first.Id, older.Id], result.Rows.Select(r => r.Id));
        Assert.Null(result.NextCursor);
        Assert.Null(result.PreviousCursor);
    }

    [Fact]
    public async Task Keyset_paging_visits_every_incident_once_in_order_and_walks_back_to_the_same_pages()
    {
        const int count = 310;
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        // Three incidents share each discovery time, so the id has to break ties; the order of
        // insertion is shuffled so ids do not simply follow discovery time.
        var random = new Random(20261123);
        var incidents = Enumerable.Range(0, count)
            .Select(n => TestIncidents.Log(am, clientId, Day.AddMinutes(-(n / 3)), App.Clock.Now, summary: $"incident {n}"))
            .OrderBy(_ => random.Next())
            .ToList();
        // Someone else's incidents interleave in time but must never show up.
        incidents.AddRange(Enumerable.Range(0, 40).Select(n => TestIncidents.Log(other, clientId, Day.AddMinutes(-n), App.Clock.Now)));
        await AddAsync([.. incidents]);
        var expected = incidents.Where(i => i.OwnerId == am.Id)
            .OrderByDescending(i => i.DiscoveredAt).ThenByDescending(i => i.Id)
            .Select(i => i.Id)
            .ToList();

        var pages = new List<IndexModel.Result> { await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine }) };
        Assert.Null(pages[0].PreviousCursor);
        while (pages[^1].NextCursor is { } next)
        {
            Assert.True(pages.Count < 100, "Paging does not end.");
            var page = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, After = next });
            Assert.NotNull(page.PreviousCursor);
            pages.Add(page);
        }

        Assert.Equal(expected, pages.SelectMany(p => p.Rows).Select(r => r.Id));
        Assert.Equal((count + IndexModel.Query.PageSize - 1) / IndexModel.Query.PageSize, pages.Count);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(IndexModel.Query.PageSize, p.Rows.Count));
        Assert.Equal(count % IndexModel.Query.PageSize, pages[^1].Rows.Count);

        var back = pages[^1];
        for (var k = pages.Count - 2; k >= 0; k--)
        {
            Assert.NotNull(back.PreviousCursor);
            back = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, Before = back.PreviousCursor });
            Assert.Equal(pages[k].Rows.Select(r => r.Id), back.Rows.Select(r => r.Id));
            Assert.Equal(pages[k].NextCursor, back.NextCursor);
        }

        Assert.Null(back.PreviousCursor);
    }

    [Fact]
    public async Task A_cursor_that_does_not_parse_starts_from_the_newest()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incident = TestIncidents.Log(am, clientId, Day, App.Clock.Now);
        await AddAsync(incident);

        var result = await ListAsync(am, new IndexModel.Query { Show = IndexModel.Query.Mine, After = "not-a-cursor" });

        Assert.Equal([incident.Id], result.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_list_page_issues_the_same_few_SQL_statements_for_5_and_for_200_incidents()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var owners = new List<TestUser>();
        for (var n = 0; n < 3; n++)
        {
            owners.Add(await App.CreateUserAsync(Roles.AccountManager));
        }

        var clients = new List<int>();
        for (var n = 0; n < 4; n++)
        {
            clients.Add(await App.AddClientAsync($"Client {n}"));
        }

        Incident Make(int n) => TestIncidents.Log(owners[n % owners.Count], clients[n % clients.Count], Day.AddMinutes(-n), App.Clock.Now);
        using var http = await App.CreateSignedInClientAsync(lead);

        await AddAsync([.. Enumerable.Range(0, 5).Select(Make)]);
        // The first request loads the in-memory client list; what counts is the steady state.
        using (await http.GetAsync(new Uri("/Incidents", UriKind.Relative)))
        {
        }

        var (fewSql, fewRows) = await GetListCountingSqlAsync(http, "five incidents");
        await AddAsync([.. Enumerable.Range(5, 195).Select(Make)]);
        var (manySql, manyRows) = await GetListCountingSqlAsync(http, "two hundred incidents");

        Assert.Equal(5, fewRows);
        Assert.Equal(IndexModel.Query.PageSize, manyRows);
        Assert.Single(fewSql);
        Assert.Equal(fewSql.Count, manySql.Count);
    }

    private async Task<(IReadOnlyList<string> Sql, int Rows)> GetListCountingSqlAsync(HttpClient http, string probe)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Incidents?Show=all", UriKind.Relative));
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (App.Sql.CommandsFor(probe), IncidentLinks(html).Count);
    }

    private static List<long> IncidentLinks(string html) =>
        IncidentLink().Matches(html).Select(m => long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private Task<IndexModel.Result> ListAsync(TestUser user, IndexModel.Query query) =>
        App.SendAsync(user, m => m.Send(query));

    private Task AddAsync(params Incident[] incidents) =>
        App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(incidents);
            await db.SaveChangesAsync();
        });

    [GeneratedRegex("<a href=\"/Incidents/(?<id>[0-9]+)\"")]
    private static partial Regex IncidentLink();
}
