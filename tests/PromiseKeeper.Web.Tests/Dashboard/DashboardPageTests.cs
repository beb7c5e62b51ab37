using System.Globalization;
using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;
using DashboardPage = PromiseKeeper.Web.Pages.Dashboard.IndexModel;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>The dashboard page: its links to the incident list, who may open it, bad periods, and its one statement.</summary>
public sealed class DashboardPageTests(WebAppFixture app) : DashboardTest(app)
{
    [Fact]
    public async Task Each_figure_links_to_the_list_filtered_to_the_incidents_it_counts()
    {
        var w = await KnownWorldAsync();
        using var http = await App.CreateSignedInClientAsync(w.Head);

        var html = WebUtility.HtmlDecode(await GetOkAsync(http, "/Dashboard"));

        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Mistake=A\" data-mistake=\"A\">3</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Mistake=B\" data-mistake=\"B\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}\">5 incidents</a>", html, StringComparison.Ordinal);
        Assert.Contains("The figures of 1 incident are not computed yet", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Clock=Breached&ClockKind=HoldCall\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Clock=Warning&ClockKind=TellClient\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Clock=Breached&ClockKind=SubmitRetro\">1</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Overdue=Measures\">1 incident</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&PromisedBy=Sam%20Sales\">4</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&RootCause=PromiseWithoutCheckingCapacity\">2</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Kind=MissedDeadline\">4</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&ClientId={w.One.ClientId}\">2</a>", html, StringComparison.Ordinal);
        // Age buckets are days of discovery: under a day is today; 1–7 days the six days before; 1–4 weeks the 21 before those.
        Assert.Contains("<a href=\"/Incidents?Show=all&From=2026-11-23&To=2026-11-23&Stage=InvestigateOrigin\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Incidents?Show=all&From=2026-11-17&To=2026-11-22&Stage=Conversation\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Incidents?Show=all&From=2026-10-27&To=2026-11-16&Stage=InternalRetro\">1</a>", html, StringComparison.Ordinal);
        // A trend bucket: the week's days within the period.
        Assert.Contains("<a href=\"/Incidents?Show=all&From=2026-11-16&To=2026-11-22\">2</a>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Share of incidents with each mistake: Mistake A 75%; Mistake B 25%; Mistake C 25%; Mistake D 0%; Mistake E 0%\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_s_links_carry_their_team_and_a_split_row_s_links_its_value()
    {
        var w = await KnownWorldAsync();
        using var lead = await App.CreateSignedInClientAsync(w.Lead);
        using var head = await App.CreateSignedInClientAsync(w.Head);

        var leads = WebUtility.HtmlDecode(await GetOkAsync(lead, "/Dashboard?Period=30"));
        var split = WebUtility.HtmlDecode(await GetOkAsync(head, "/Dashboard?Split=AccountManager"));

        Assert.Contains($"<a href=\"/Incidents?Show=all&TeamId={w.TeamOne}&{Period}&Mistake=A\" data-mistake=\"A\">2</a>", leads, StringComparison.Ordinal);
        Assert.DoesNotContain("Enterprise accounts", leads, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"team\"", leads, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Mistake=A&OwnerId={w.One.OwnerId}\">2</a>", split, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Incidents?Show=all&{Period}&Open=true&OwnerId={w.One.OwnerId}\">2</a>", split, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Alex Morgan</th>", split, StringComparison.Ordinal);
        Assert.Contains("<option value=\"" + w.TeamTwo.ToString(CultureInfo.InvariantCulture) + "\">Enterprise accounts</option>", split, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("From=2026-11-10&To=2026-11-01", "The first day is after the last day.")]
    [InlineData("From=1900-01-01&To=2026-01-01", "Choose a period between the year 2000 and a year from today")]
    [InlineData("From=2026-01-01&To=2099-01-01", "Choose a period between the year 2000 and a year from today")]
    [InlineData("From=yesterday&To=2026-11-01", "Enter both the first and the last day as year-month-day")]
    [InlineData("From=2026-11-01", "Enter both the first and the last day as year-month-day")]
    [InlineData("Period=7", "Choose the last 30, 90 or 365 days")]
    [InlineData("Period=%00%27;DROP&Split=Nonsense&TeamId=x", "Choose the last 30, 90 or 365 days")]
    public async Task A_bad_period_gets_a_clear_message_not_an_error_page(string query, string message)
    {
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess);
        using var http = await App.CreateSignedInClientAsync(head);

        var html = WebUtility.HtmlDecode(await GetOkAsync(http, "/Dashboard?" + query));

        Assert.Contains("<div class=\"alert alert-warning\" role=\"alert\">" + message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Open incidents by stage and age", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Other_roles_are_refused_and_have_no_dashboard_link(string role)
    {
        var user = await App.CreateUserAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new DashboardPage.Query())));
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri("/Dashboard", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(">Dashboard</a>", await http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_sends_one_statement_however_many_incidents_and_splits()
    {
        var w = await KnownWorldAsync();
        using var http = await App.CreateSignedInClientAsync(w.Head);

        var (plain, html) = await App.GetCountingSqlAsync(http, "/Dashboard");
        var (split, _) = await App.GetCountingSqlAsync(http, "/Dashboard?Period=365&Split=Client");

        Assert.Single(plain);
        Assert.Single(split);
        Assert.Contains(">Dashboard</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_without_a_team_is_told_so()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead, teamId: WebAppFixture.NoTeam);
        using var http = await App.CreateSignedInClientAsync(lead);

        var html = await GetOkAsync(http, "/Dashboard");

        Assert.Contains("You are not in a team yet", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "<h1 class=\"h3\">Дашборд</h1>", "5 инцидентов</a>", "Первый день позже последнего.")]
    [InlineData("sl", "<h1 class=\"h3\">Nadzorna plošča</h1>", "5 incidentov</a>", "Prvi dan je za zadnjim.")]
    public async Task The_page_speaks_russian_and_slovenian(string language, string heading, string plural, string problem)
    {
        var w = await KnownWorldAsync();
        using var http = await App.CreateSignedInClientAsync(w.Head);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", language);

        var html = WebUtility.HtmlDecode(await GetOkAsync(http, "/Dashboard"));
        var inverted = WebUtility.HtmlDecode(await GetOkAsync(http, "/Dashboard?From=2026-11-10&To=2026-11-01"));

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(plural, html, StringComparison.Ordinal);
        Assert.Contains(problem, inverted, StringComparison.Ordinal);
    }

    private static async Task<string> GetOkAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
