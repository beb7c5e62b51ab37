using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Audit;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Audit;

public sealed partial class AuditPageTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.TeamLead)]
    public async Task Admins_and_team_leads_read_the_log_newest_first(string role)
    {
        var reader = await App.CreateUserAsync(role);
        await AddAsync(Entry(AuditAction.RetroSentBack, "Casey Lead", FixedClock.Start.AddDays(-2), "Retro needs a clearer root cause.", incidentId: 42, actorId: reader.Id));
        await AddAsync(Entry(AuditAction.UserCreated, "Ada Admin", FixedClock.Start.AddDays(-1), "Created with the role Legal.", subject: "User new@tests.example", actorId: reader.Id));
        using var http = await App.CreateSignedInClientAsync(reader);

        using var response = await http.GetAsync(new Uri("/Audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var created = html.IndexOf("Created with the role Legal.", StringComparison.Ordinal);
        var sentBack = html.IndexOf("Retro needs a clearer root cause.", StringComparison.Ordinal);
        var signedIn = html.IndexOf(DisplayText.Of(AuditAction.SignInSucceeded), StringComparison.Ordinal);
        Assert.True(signedIn >= 0 && signedIn < created && created < sentBack, "The reader's own sign-in comes first, then the newer entries.");
        Assert.Contains("User new@tests.example", html, StringComparison.Ordinal);
        Assert.Contains("203.0.113.10", html, StringComparison.Ordinal);
        // Team leads may open incidents, so the incident is a link for them; admins see no incident content.
        Assert.Equal(role == Roles.TeamLead, html.Contains("href=\"/Incidents/42\"", StringComparison.Ordinal));
        Assert.Contains("Incident 42", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Audit\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    public async Task Account_managers_and_legal_are_refused_by_the_page_and_by_the_handler(string role)
    {
        var user = await App.CreateUserAsync(role);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await http.GetAsync(new Uri("/Audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new IndexModel.Query())));
        using var home = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("href=\"/Audit\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_entries_the_page_says_so()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);

        var result = await App.SendAsync(admin, m => m.Send(new IndexModel.Query()));
        using var http = await App.CreateSignedInClientAsync(admin);
        using var filtered = await http.GetAsync(new Uri("/Audit?Action=RetroApproved", UriKind.Relative));

        Assert.Empty(result.Rows);
        Assert.Null(result.NextCursor);
        Assert.Contains("No entries match these filters.", await filtered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_by_action_person_incident_and_utc_days()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var day = FixedClock.Start.Date;
        await AddAsync(
            Entry(AuditAction.LegalReviewRecorded, "Lou Legal", new DateTimeOffset(day.AddDays(-3), TimeSpan.Zero).AddHours(23.5), "Approved.", incidentId: 5),
            Entry(AuditAction.ContractIncidentViewed, "Lou Legal", new DateTimeOffset(day.AddDays(-2), TimeSpan.Zero), "Opened.", incidentId: 5),
            Entry(AuditAction.ContractIncidentViewed, "Casey Lead", new DateTimeOffset(day.AddDays(-1), TimeSpan.Zero).AddHours(12), "Opened.", incidentId: 6),
            Entry(AuditAction.SignInFailed, "50%_off@x.test", new DateTimeOffset(day, TimeSpan.Zero), "Wrong password."));

        Assert.Equal(new[] { "Casey Lead", "Lou Legal" }, (await QueryAsync(admin, new() { Action = AuditAction.ContractIncidentViewed })).Select(r => r.ActorName).Order());
        Assert.Equal(2, (await QueryAsync(admin, new() { Person = "  lOU  " })).Count);
        Assert.Equal(["50%_off@x.test"], (await QueryAsync(admin, new() { Person = "%_" })).Select(r => r.ActorName));
        Assert.Empty(await QueryAsync(admin, new() { Person = "l_u" }));
        Assert.Equal([5L, 5L], (await QueryAsync(admin, new() { IncidentId = 5 })).Select(r => r.IncidentId!.Value));
        var fromTo = await QueryAsync(admin, new() { From = DateOnly.FromDateTime(day.AddDays(-2)), To = DateOnly.FromDateTime(day.AddDays(-1)) });
        Assert.Equal(["Casey Lead", "Lou Legal"], fromTo.Select(r => r.ActorName));
        Assert.Equal(
            [AuditAction.LegalReviewRecorded],
            (await QueryAsync(admin, new() { To = DateOnly.FromDateTime(day.AddDays(-3)) })).Select(r => r.Action));
        Assert.Single(await QueryAsync(admin, new() { Person = "lou", Action = AuditAction.LegalReviewRecorded, IncidentId = 5 }));
    }

    [Fact]
    public async Task The_filter_form_keeps_its_values_and_the_page_shows_only_matching_entries()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        await AddAsync(
            Entry(AuditAction.RetroApproved, "Casey Lead", FixedClock.Start.AddHours(-1), "Looks thorough.", incidentId: 9, actorId: lead.Id),
            Entry(AuditAction.RetroSentBack, "Casey Lead", FixedClock.Start.AddHours(-2), "Add the measures.", incidentId: 9, actorId: lead.Id));
        using var http = await App.CreateSignedInClientAsync(lead);

        using var response = await http.GetAsync(new Uri("/Audit?Action=RetroApproved&Person=casey&IncidentId=9&From=2026-11-01&To=2026-11-30", UriKind.Relative));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Looks thorough.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the measures.", html, StringComparison.Ordinal);
        Assert.Equal("RetroApproved", HttpForms.SelectedOption(html, "Action"));
        Assert.Equal("casey", HttpForms.InputValue(html, "Person"));
        Assert.Equal("9", HttpForms.InputValue(html, "IncidentId"));
        Assert.Equal("2026-11-01", HttpForms.InputValue(html, "From"));
        Assert.Equal("2026-11-30", HttpForms.InputValue(html, "To"));
    }

    [Fact]
    public async Task Keyset_paging_walks_120_entries_in_three_pages_without_losing_or_repeating_one()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        // Pairs of entries share an instant, so the pages must break ties by id.
        await AddAsync(Enumerable.Range(0, 120)
            .Select(i => Entry(AuditAction.ContractIncidentViewed, "Lou Legal", FixedClock.Start.AddMinutes(-(i / 2)), $"View {i}", incidentId: i))
            .ToArray());

        var first = await App.SendAsync(admin, m => m.Send(new IndexModel.Query()));
        var second = await App.SendAsync(admin, m => m.Send(new IndexModel.Query { After = first.NextCursor }));
        var third = await App.SendAsync(admin, m => m.Send(new IndexModel.Query { After = second.NextCursor }));
        var backToSecond = await App.SendAsync(admin, m => m.Send(new IndexModel.Query { Before = third.PreviousCursor }));
        var backToFirst = await App.SendAsync(admin, m => m.Send(new IndexModel.Query { Before = backToSecond.PreviousCursor }));

        Assert.Equal([50, 50, 20], new[] { first, second, third }.Select(p => p.Rows.Count));
        var all = first.Rows.Concat(second.Rows).Concat(third.Rows).ToList();
        var expected = await App.WithDbAsync(db => db.AuditEntries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(e => e.Id).ToListAsync());
        Assert.Equal(expected, all.Select(r => r.Id));
        Assert.Null(first.PreviousCursor);
        Assert.Null(third.NextCursor);
        Assert.Equal(second.Rows.Select(r => r.Id), backToSecond.Rows.Select(r => r.Id));
        Assert.Equal(first.Rows.Select(r => r.Id), backToFirst.Rows.Select(r => r.Id));
        Assert.Null(backToFirst.PreviousCursor);
    }

    [Fact]
    public async Task The_page_links_to_the_next_page_with_the_filters_kept()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        await AddAsync(Enumerable.Range(0, 60)
            .Select(i => Entry(AuditAction.ContractIncidentViewed, "Lou Legal", FixedClock.Start.AddMinutes(-i - 1), $"View {i}", actorId: lead.Id))
            .ToArray());
        using var http = await App.CreateSignedInClientAsync(lead);

        var (sql, html) = await App.GetCountingSqlAsync(http, "/Audit?Person=lou");

        var next = NextLink().Match(html);
        Assert.True(next.Success, "The first page links to older entries.");
        var href = System.Net.WebUtility.HtmlDecode(next.Groups["href"].Value);
        Assert.Contains("Person=lou", href, StringComparison.Ordinal);
        using var older = await http.GetAsync(new Uri(href, UriKind.Relative));
        var olderHtml = await older.Content.ReadAsStringAsync();
        Assert.Contains("View 59", olderHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("View 0<", olderHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(sql, s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_page_has_no_form_that_posts_and_a_post_changes_nothing()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await AddAsync(Entry(AuditAction.UserDeactivated, "Ada Admin", FixedClock.Start.AddHours(-1), "Left the company."));
        using var http = await App.CreateSignedInClientAsync(admin);
        var countBefore = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        using var page = await http.GetAsync(new Uri("/Audit", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        // The layout's sign-out form gives the page a valid antiforgery token to post with.
        var token = HttpForms.AntiforgeryToken(html);
        using var post = await http.PostFormAsync("/Audit", new Dictionary<string, string> { [HttpForms.TokenField] = token, ["Action"] = "UserDeactivated" });
        using var deleteHandler = await http.PostFormAsync("/Audit?handler=Delete", new Dictionary<string, string> { [HttpForms.TokenField] = token });

        Assert.DoesNotMatch(PostForm(), main);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleteHandler.StatusCode);
        Assert.Equal(countBefore, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <param name="actorId">Who did it; a team lead reads only what their team's members did (or what was done to its incidents).</param>
    private static AuditEntry Entry(AuditAction action, string actor, DateTimeOffset at, string details, string? subject = null, long? incidentId = null, string? actorId = null) =>
        new()
        {
            OccurredAt = at,
            ActorId = actorId,
            ActorName = actor,
            Action = action,
            Subject = subject,
            IncidentId = incidentId,
            Details = details,
            IpAddress = "198.51.100.4",
        };

    private Task AddAsync(params AuditEntry[] entries) =>
        App.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync();
        });

    private async Task<IReadOnlyList<IndexModel.Row>> QueryAsync(TestUser user, IndexModel.Query query) =>
        (await App.SendAsync(user, m => m.Send(query))).Rows;

    [GeneratedRegex("<a[^>]*rel=\"next\"[^>]*href=\"(?<href>[^\"]+)\"|<a[^>]*href=\"(?<href>[^\"]+)\"[^>]*rel=\"next\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("<form[^>]*method=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
