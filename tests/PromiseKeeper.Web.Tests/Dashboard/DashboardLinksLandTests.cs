using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;
using IncidentList = PromiseKeeper.Web.Pages.Incidents.IndexModel;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>
/// Issue 17: each link of the dashboard lands on exactly the incidents its figure counts. Every linked number of every view
/// (the splits too) is followed as the same reader, through every page of the incident list, on the known data set with its
/// figures computed by the real refresh, plus what could make the two sides differ: a second page of incidents, an incident
/// marked not applicable with an overdue measure, a breached clock that is not a stage clock, and a reader far from UTC.
/// </summary>
public sealed partial class DashboardLinksLandTests(WebAppFixture app) : DashboardTest(app)
{
    // The first five figures of the "Clocks" table, the retro line, the overdue line, the total, the mistakes and six weeks.
    private const int FewestLinksOfAView = 29;

    [Fact]
    public async Task Every_link_of_a_head_of_customer_success_lands_on_exactly_the_incidents_counted()
    {
        var w = await KnownWorldAsync();
        var dropped = await DroppedWithAnOverdueMeasureAsync(w);
        var secondPage = await MoreThanAPageAsync(w);
        await App.RefreshFiguresAsync();
        using var http = await App.CreateSignedInClientAsync(w.Head);

        var landed = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await EveryLinkLandsAsync(http, "/Dashboard", landed);
        await EveryLinkLandsAsync(http, "/Dashboard?Split=Team", landed, "TeamId=");
        await EveryLinkLandsAsync(http, "/Dashboard?Split=AccountManager", landed, "OwnerId=");
        await EveryLinkLandsAsync(http, "/Dashboard?Split=Client", landed, "ClientId=");
        await EveryLinkLandsAsync(http, "/Dashboard?Split=Kind", landed, "Kind=");
        await EveryLinkLandsAsync(http, $"/Dashboard?TeamId={w.TeamTwo}&Split=AccountManager", landed, "OwnerId=");

        long[] period = [w.One.Id, w.Two.Id, w.Three.Id, w.Four.Id, w.Five.Id, dropped, .. secondPage];
        Assert.Equal(Ids(period), landed[$"/Incidents?Show=all&{Period}"]);
        Assert.Equal(Ids(w.One.Id), landed[$"/Incidents?Show=all&{Period}&Clock=Breached&ClockKind=HoldCall"]);
        Assert.Equal(Ids(w.Two.Id), landed[$"/Incidents?Show=all&{Period}&Clock=Warning&ClockKind=TellClient"]);
        Assert.Equal(Ids(w.Four.Id), landed[$"/Incidents?Show=all&{Period}&Clock=Breached&ClockKind=SubmitRetro"]);
        Assert.Equal(Ids(w.Three.Id), landed[$"/Incidents?Show=all&{Period}&Overdue=Measures"]);
        Assert.Equal(Ids(w.One.Id, w.Two.Id, w.Three.Id, w.Four.Id), landed[$"/Incidents?Show=all&{Period}&PromisedBy=Sam%20Sales"]);
        Assert.Equal(Ids([w.Five.Id, .. secondPage]), landed[$"/Incidents?Show=all&{Period}&TeamId={w.TeamTwo}"]);
        foreach (var letter in "ABCDE")
        {
            Assert.Equal(await WithMistakeAsync(letter, period), landed[$"/Incidents?Show=all&{Period}&Mistake={letter}"]);
        }

        // The list's own clock filter without a kind counts stage clocks only, as the dashboard does.
        Assert.Equal(Ids(w.One.Id, w.Four.Id), await ListedAsync(http, $"/Incidents?Show=all&{Period}&Clock=Breached"));
    }

    [Fact]
    public async Task Every_link_of_a_team_lead_far_from_utc_lands_on_exactly_their_team_s_incidents_counted()
    {
        var w = await KnownWorldAsync();
        await DroppedWithAnOverdueMeasureAsync(w);
        await App.RefreshFiguresAsync();
        // UTC+14: the fixture's noon is 2 o'clock the next morning, so "One" (10:00 UTC) was discovered at midnight, today.
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == w.Lead.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Pacific/Kiritimati")));
        using var http = await App.CreateSignedInClientAsync(w.Lead);

        var landed = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await EveryLinkLandsAsync(http, "/Dashboard", landed);
        await EveryLinkLandsAsync(http, "/Dashboard?Split=AccountManager", landed, "OwnerId=");
        await EveryLinkLandsAsync(http, "/Dashboard?Split=Client", landed, "ClientId=");
        await EveryLinkLandsAsync(http, "/Dashboard?Period=365&Split=Kind", landed, "Kind=");
        await EveryLinkLandsAsync(http, "/Dashboard?Period=90&Split=Team", landed, "TeamId=");

        var team = $"/Incidents?Show=all&TeamId={w.TeamOne}&From=2026-10-26&To=2026-11-24";
        Assert.Contains(w.One.Id, landed[team]);
        Assert.DoesNotContain(w.Five.Id, landed[team]);
        Assert.Equal(Ids(w.One.Id), landed[$"/Incidents?Show=all&TeamId={w.TeamOne}&From=2026-11-24&To=2026-11-24&Stage=InvestigateOrigin"]);
        Assert.Equal(Ids(w.Three.Id), landed[$"{team}&Overdue=Measures"]);
    }

    // Follows every linked number of the view and checks the list shows as many incidents, each once; keeps what each link listed.
    private static async Task EveryLinkLandsAsync(HttpClient http, string view, Dictionary<string, long[]> landed, string? splitFilter = null)
    {
        var html = await GetOkAsync(http, view);
        var links = FigureLink().Matches(html).Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value), Count: int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture))).ToList();

        Assert.True(links.Count >= FewestLinksOfAView, $"{view} has only {links.Count} linked figures.");
        if (splitFilter is not null)
        {
            Assert.Contains(links, l => l.Href.Contains(splitFilter, StringComparison.Ordinal) && l.Count > 0);
        }

        foreach (var (href, count) in links)
        {
            var listed = await ListedAsync(http, href);
            Assert.True(count == listed.Length, $"{view}: the figure {count} links to {href}, which lists {listed.Length} incidents.");
            landed[href] = listed;
        }
    }

    // The incidents the list shows at href, page after page; none twice, and the list understood every filter.
    private static async Task<long[]> ListedAsync(HttpClient http, string href)
    {
        var ids = new List<long>();
        for (string? page = href; page is not null;)
        {
            var html = await GetOkAsync(http, page);
            Assert.DoesNotContain("id=\"filter-problems\"", html, StringComparison.Ordinal);
            ids.AddRange(ListedIncident().Matches(html).Select(m => long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)));
            var next = NextPage().Match(html);
            page = next.Success ? WebUtility.HtmlDecode(next.Groups["href"].Value) : null;
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        return Ids([.. ids]);
    }

    // An incident of team one dropped as not applicable 4 days ago, with a measure overdue: neither side counts it as overdue work.
    private async Task<long> DroppedWithAnOverdueMeasureAsync(World w)
    {
        var now = App.Clock.Now;
        var cara = await App.CreateUserAsync(Roles.AccountManager, "Cara Lind", w.TeamOne);
        var dropped = await App.AnIncident(cara).Titled("Dropped").ForClient("Globex").DiscoveredAt(now.AddDays(-4)).LoggedAt(now.AddDays(-4).AddHours(1))
            .With(d => d with { PromisedBy = "Pat" })
            .Then(i => i.MarkNotApplicable("The client asked for a year of free work.", Actor.Create(cara.Id, cara.DisplayName), now.AddDays(-3)))
            .SaveAsync();
        await App.WithDbAsync(async db =>
        {
            await Measure(db, dropped.Id, "Dropped with the incident", DateOnly.FromDateTime(now.UtcDateTime).AddDays(-3), null);
            // A measure's clock past due on "Two": not a stage clock, so no clock figure or clock filter counts it.
            db.Set<RunningClock>().Add(new RunningClock
            {
                IncidentId = w.Two.Id,
                ClockKey = "Measure:late",
                Subject = IncidentClockSubject.Measure,
                State = ClockState.Breached,
                WarnsAt = now.AddDays(-2),
                DueAt = now.AddDays(-1),
                ReadAt = FixedClock.Start,
            });
            await db.SaveChangesAsync();
        });
        return dropped.Id;
    }

    // Team two gets a page and a bit more of incidents, an hour apart: the links with them page through the list.
    private async Task<long[]> MoreThanAPageAsync(World w)
    {
        var now = App.Clock.Now;
        var dan = await App.CreateUserAsync(Roles.AccountManager, "Dan Reyes", w.TeamTwo);
        var ids = new List<long>();
        for (var n = 0; n < IncidentList.Query.PageSize + 1; n++)
        {
            var incident = await App.AnIncident(dan).Titled($"Late delivery {n}").ForClient("Initech").DiscoveredAt(now.AddDays(-6).AddHours(-n))
                .With(d => d with { PromisedBy = "Pat", Kind = IncidentKind.ClientMistake }).SaveAsync();
            ids.Add(incident.Id);
        }

        return [.. ids];
    }

    // The incidents of the period whose computed figures have the mistake.
    private async Task<long[]> WithMistakeAsync(char letter, long[] period)
    {
        var figures = await App.WithDbAsync(db => db.Set<IncidentFigures>().Where(f => period.Contains(f.IncidentId)).ToListAsync());
        return Ids([.. figures.Where(f => letter switch
        {
            'A' => f.MistakeA,
            'B' => f.MistakeB,
            'C' => f.MistakeC,
            'D' => f.MistakeD,
            _ => f.MistakeE,
        }).Select(f => f.IncidentId)]);
    }

    private static long[] Ids(params long[] ids) => [.. ids.Order()];

    private static async Task<string> GetOkAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<a href=\"(?<href>/Incidents\\?[^\"]*)\"[^>]*>(?<count>\\d+)")]
    private static partial Regex FigureLink();

    [GeneratedRegex("<td class=\"incident-summary\">\\s*<a href=\"/Incidents/(?<id>\\d+)\"")]
    private static partial Regex ListedIncident();

    [GeneratedRegex("<a (?=[^>]*rel=\"next\")[^>]*href=\"(?<href>[^\"]*)\"")]
    private static partial Regex NextPage();
}
