using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.List;
using PromiseKeeper.Web.Search;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>Full-text search in the incident list (docs/adr/0025): ranking, the newest matches only, languages, highlighting, access, bad input.</summary>
public sealed partial class IncidentSearchTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Day = FixedClock.Start.AddDays(-2);

    [Fact]
    public async Task A_match_in_the_summary_ranks_above_a_match_in_pasted_evidence()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var inSummary = Log(am, clientId, Day, "Pallets arrived broken");
        var inEvidence = Log(am, clientId, Day.AddHours(1), "Shipment went wrong");
        var neither = Log(am, clientId, Day.AddHours(2), "Invoice was wrong");
        await AddAsync(inSummary, inEvidence, neither);
        await AddEvidenceAsync(inEvidence.Id, "The driver said the pallets were fine when loaded.");

        var result = await SearchAsync(am, "pallet");

        Assert.True(result.IsSearch);
        Assert.Equal([inSummary.Id, inEvidence.Id], result.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_index_follows_changes_to_conversation_evidence_and_the_client_language()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incident = Log(am, clientId, Day, "Late delivery");
        await AddAsync(incident);
        Assert.Empty((await SearchAsync(am, "forklift")).Rows);

        await AddEvidenceAsync(incident.Id, "The forklift broke down.");
        Assert.Single((await SearchAsync(am, "forklift")).Rows);

        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"EvidenceItems\" WHERE \"IncidentId\" = {incident.Id}"));
        Assert.Empty((await SearchAsync(am, "forklift")).Rows);

        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Clients\" SET \"Language\" = 'sl' WHERE \"Id\" = {clientId}"));
        var config = await App.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"Config\" AS \"Value\" FROM \"IncidentSearch\" WHERE \"IncidentId\" = {incident.Id}").SingleAsync());
        Assert.Equal("simple_unaccent", config);
    }

    [Fact]
    public async Task Russian_words_are_found_in_another_form()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Ромашка", language: "ru");
        var incident = Log(am, clientId, Day, "Сорвали сроки поставки оборудования");
        await AddAsync(incident);

        Assert.Equal([incident.Id], (await SearchAsync(am, "поставка")).Rows.Select(r => r.Id));
        Assert.Equal([incident.Id], (await SearchAsync(am, "оборудование")).Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Slovenian_words_are_found_without_their_accents()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Mlekarna", language: "sl");
        var incident = Log(am, clientId, Day, "Zamuda pri dobavi čokolade");
        await AddAsync(incident);

        Assert.Equal([incident.Id], (await SearchAsync(am, "cokolade")).Rows.Select(r => r.Id));
        Assert.Equal([incident.Id], (await SearchAsync(am, "čokolade")).Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_highlight_marks_the_words_and_encodes_everything_else()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        await AddAsync(Log(am, clientId, Day, "Tom & Jerry <3 the deadline, <b>budget</b> <script>alert(1)</script>"));
        using var http = await App.CreateSignedInClientAsync(am);

        var html = await http.GetStringAsync(new Uri("/Incidents?Text=deadline", UriKind.Relative));

        Assert.Contains("<mark>deadline</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry &lt;3 the <mark>deadline</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>budget", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_manager_never_finds_another_account_manager_s_incident()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var mine = Log(am, clientId, Day, "Warehouse flooded");
        var theirs = Log(other, clientId, Day.AddHours(1), "Warehouse flooded again");
        await AddAsync(mine, theirs);

        foreach (var show in new[] { IncidentListFilter.All, IncidentListFilter.Mine })
        {
            var result = await App.SendAsync(am, m => m.Send(new IndexModel.Query { Show = show, Text = "warehouse" }));
            Assert.Equal([mine.Id], result.Rows.Select(r => r.Id));
        }
    }

    [Fact]
    public async Task A_search_follows_a_reassignment_a_team_change_and_a_corrected_discovery_time()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var otherTeam = await App.AddTeamAsync("Other team");
        var otherAm = await App.CreateUserAsync(Roles.AccountManager, teamId: otherTeam);
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, teamId: otherTeam);
        var clientId = await App.AddClientAsync("Acme");
        var moved = Log(am, clientId, Day, "Warehouse flooded");
        var stays = Log(am, clientId, Day.AddHours(1), "Warehouse flooded");
        await AddAsync(moved, stays);
        Assert.Empty((await SearchAsync(otherLead, "warehouse")).Rows);

        await UpdateIncidentAsync(moved.Id, $"\"OwnerId\" = '{otherAm.Id}', \"TeamId\" = {otherTeam}");
        Assert.Equal([moved.Id], (await SearchAsync(otherLead, "warehouse")).Rows.Select(r => r.Id));
        Assert.Equal([moved.Id], (await SearchAsync(otherAm, "warehouse")).Rows.Select(r => r.Id));
        Assert.Equal([stays.Id], (await SearchAsync(am, "warehouse")).Rows.Select(r => r.Id));

        // The owner stays, the team changes: the other team's lead no longer sees it, its owner still does.
        await UpdateIncidentAsync(moved.Id, "\"TeamId\" = NULL");
        Assert.Empty((await SearchAsync(otherLead, "warehouse")).Rows);
        Assert.Equal([moved.Id], (await SearchAsync(otherAm, "warehouse")).Rows.Select(r => r.Id));

        // Equal ranks list the newest first; the discovery time corrected to the newest moves it to the top.
        await UpdateIncidentAsync(moved.Id, $"\"OwnerId\" = '{am.Id}', \"TeamId\" = {am.TeamId}");
        Assert.Equal([stays.Id, moved.Id], (await SearchAsync(am, "warehouse")).Rows.Select(r => r.Id));
        await UpdateIncidentAsync(moved.Id, "\"DiscoveredAt\" = \"DiscoveredAt\" + interval '2 hours'");
        Assert.Equal([moved.Id, stays.Id], (await SearchAsync(am, "warehouse")).Rows.Select(r => r.Id));

        var differing = await App.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM "IncidentSearch" s JOIN "Incidents" i ON i."Id" = s."IncidentId"
            WHERE s."DiscoveredAt" <> i."DiscoveredAt" OR s."OwnerId" <> i."OwnerId" OR s."TeamId" IS DISTINCT FROM i."TeamId"
            """).SingleAsync());
        Assert.Equal(0, differing);
    }

    [Theory]
    [InlineData("the and of")]
    [InlineData("!!! & | ( )")]
    [InlineData("\"\" - -")]
    public async Task Stop_words_and_operators_only_find_nothing_without_an_error(string text)
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        await AddAsync(Log(am, clientId, Day, "The deadline and the budget"));
        using var http = await App.CreateSignedInClientAsync(am);

        using var response = await http.GetAsync(new Uri("/Incidents?Text=" + Uri.EscapeDataString(text), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotMatch(IncidentLink(), html);
    }

    [Theory]
    [InlineData("O'Brien", true)]
    [InlineData("O'Brien'); DROP TABLE \"Incidents\"; --", false)]
    [InlineData("\\' OR 1=1 --", false)]
    public async Task Quotes_in_the_words_are_searched_for_never_run(string text, bool found)
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incident = Log(am, clientId, Day, "O'Brien's pallets arrived broken");
        await AddAsync(incident);

        var result = await SearchAsync(am, text);

        long[] expected = found ? [incident.Id] : [];
        Assert.Equal(expected, result.Rows.Select(r => r.Id));
        Assert.Equal(1, await App.WithDbAsync(db => db.Incidents.CountAsync(i => i.Id == incident.Id)));
    }

    [Fact]
    public async Task Search_pages_go_on_by_rank_and_keep_the_filters()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incidents = Enumerable.Range(0, 30).Select(n => Log(am, clientId, Day.AddMinutes(-n), $"Crate {n} damaged")).ToArray();
        await AddAsync(incidents);

        var first = await SearchAsync(am, "damaged");
        var second = await App.SendAsync(am, m => m.Send(new IndexModel.Query { Show = IncidentListFilter.All, Text = "damaged", After = first.NextCursor }));

        Assert.Equal(IndexModel.Query.PageSize, first.Rows.Count);
        Assert.Equal(incidents.Select(i => i.Id).Order(), first.Rows.Concat(second.Rows).Select(r => r.Id).Order());
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task Only_the_newest_matches_are_ranked_and_the_page_says_so()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        // The best match of all is the oldest: ranked with every match, it would come first.
        var oldest = Log(am, clientId, Day.AddDays(-30), "Forklift tipped over the pallets");
        var newest = Enumerable.Range(0, IncidentSearchQuery.NewestMatchesRanked)
            .Select(n => TestIncidents.Log(am, clientId, Day.AddMinutes(-n), App.Clock.Now, summary: $"Crate {n} damaged", contractReference: $"Forklift lease {n}"))
            .ToArray();
        var bestOfTheNewest = Log(am, clientId, Day.AddMinutes(-500).AddSeconds(30), "Forklift dropped a crate");
        await AddAsync([oldest, .. newest, bestOfTheNewest]);
        // A thousand rows at once, read at once: without fresh statistics (autovacuum's analyze comes within a minute) the
        // planner may take the matches for a handful and join them by scanning every document once per incident.
        await App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ANALYZE "Incidents", "IncidentSearch" """));

        var capped = await SearchAsync(am, "forklift");
        var onlyTheOldest = await SearchAsync(am, "tipped");

        Assert.True(capped.RankedNewestOnly);
        Assert.Equal(bestOfTheNewest.Id, capped.Rows[0].Id);
        Assert.DoesNotContain(oldest.Id, capped.Rows.Select(r => r.Id));
        Assert.Equal([oldest.Id], onlyTheOldest.Rows.Select(r => r.Id));
        Assert.False(onlyTheOldest.RankedNewestOnly);

        using var http = await App.CreateSignedInClientAsync(am);
        var cappedHtml = await http.GetStringAsync(new Uri("/Incidents?Text=forklift", UriKind.Relative));
        var uncappedHtml = await http.GetStringAsync(new Uri("/Incidents?Text=tipped", UriKind.Relative));
        Assert.Contains("Ranked among the newest 1,000 matches; narrow the search or the dates to reach older ones.", cappedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Ranked among the newest", uncappedHtml, StringComparison.Ordinal);

        foreach (var language in new[] { "ru", "sl" })
        {
            using var localized = await App.CreateSignedInClientAsync(am);
            localized.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var html = await localized.GetStringAsync(new Uri("/Incidents?Text=forklift", UriKind.Relative));
            Assert.Contains("id=\"ranked-newest-only\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Ranked among the newest", html, StringComparison.Ordinal);
            var missing = App.Factory.Services.GetRequiredService<MissingTranslations>().SeenOn("/Incidents")
                .Where(m => m.StartsWith(language, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"The search list in {language} has texts without a translation:\n{string.Join("\n", missing)}");
        }
    }

    private Incident Log(TestUser owner, int clientId, DateTimeOffset discoveredAt, string summary) =>
        TestIncidents.Log(owner, clientId, discoveredAt, App.Clock.Now, summary: summary);

    private Task<IndexModel.Result> SearchAsync(TestUser user, string text) =>
        App.SendAsync(user, m => m.Send(new IndexModel.Query { Show = IncidentListFilter.All, Text = text }));

    private Task AddEvidenceAsync(long incidentId, string text) =>
        App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"EvidenceItems\" (\"Id\", \"IncidentId\", \"Title\", \"PastedText\", \"AddedAt\", \"AddedByName\") VALUES ({Guid.NewGuid()}, {incidentId}, 'Driver note', {text}, {Day}, 'Sam')"));

    /// <summary>Changes an incident's row directly, as any code path might: the triggers must keep the search row's keys.</summary>
    /// <param name="set">The SET list, written by the test itself.</param>
    private Task UpdateIncidentAsync(long incidentId, string set)
    {
        var sql = $"UPDATE \"Incidents\" SET {set} WHERE \"Id\" = {incidentId}";
        return App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
    }

    private Task AddAsync(params Incident[] incidents) =>
        App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(incidents);
            await db.SaveChangesAsync();
        });

    [GeneratedRegex("<a href=\"/Incidents/[0-9]+\"")]
    private static partial Regex IncidentLink();
}
