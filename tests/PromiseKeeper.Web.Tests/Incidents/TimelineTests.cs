using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

public sealed partial class TimelineTests(WebAppFixture app) : WebAppTest(app)
{
    private const int Added = 65;

    [Fact]
    public async Task The_incident_page_shows_the_latest_entries_newest_first_and_links_to_the_whole_timeline()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var id = await IncidentWithEntriesAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await (await http.GetAsync(new Uri($"/Incidents/{id}", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Equal([.. Enumerable.Range(Added - TimelineModel.LatestOnIncidentPage + 1, TimelineModel.LatestOnIncidentPage).Reverse()], Entries(html));
        Assert.Contains($"href=\"/Incidents/{id}/Timeline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_is_paged_newest_first_with_older_and_newer()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var id = await IncidentWithEntriesAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);

        var first = await (await http.GetAsync(new Uri($"/Incidents/{id}/Timeline", UriKind.Relative))).Content.ReadAsStringAsync();
        var older = await (await http.GetAsync(new Uri(Link(first, "next")!, UriKind.Relative))).Content.ReadAsStringAsync();
        var backAgain = await (await http.GetAsync(new Uri(Link(older, "prev")!, UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Equal([.. Enumerable.Range(Added - TimelineModel.Query.PageSize + 1, TimelineModel.Query.PageSize).Reverse()], Entries(first));
        Assert.Null(Link(first, "prev"));
        Assert.Equal([.. Enumerable.Range(1, Added - TimelineModel.Query.PageSize).Reverse()], Entries(older));
        Assert.Contains("Logged the broken promise", older, StringComparison.Ordinal);
        Assert.Null(Link(older, "next"));
        Assert.Equal(Entries(first), Entries(backAgain));
    }

    [Fact]
    public async Task Another_account_manager_s_incident_has_no_timeline_for_you()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var id = await IncidentWithEntriesAsync(owner);
        using var http = await App.CreateSignedInClientAsync(other);

        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Timeline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_entry_shows_its_moments_in_the_readers_zone_and_an_entry_from_before_keeps_its_sentence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Europe/Ljubljana")));
        var incident = await App.AnIncident(owner).SaveAsync();
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "IncidentEvents" ("IncidentId", "OccurredAt", "ActorId", "ActorName", "Description", "TextKey", "TextValues")
            VALUES ({{incident.Id}}, {{App.Clock.GetUtcNow()}}, {{owner.Id}}, {{owner.DisplayName}}, 'Planned the call for 2026-07-14 12:30 UTC.',
                    'call.planned', '[{"name":"StartsAt","kind":"Instant","value":"2026-07-14T12:30:00.0000000+00:00"}]'::jsonb),
                   ({{incident.Id}}, {{App.Clock.GetUtcNow()}}, {{owner.Id}}, {{owner.DisplayName}}, 'Planned the call for 2026-03-01 14:00 UTC.', NULL, NULL)
            """));
        using var http = await App.CreateSignedInClientAsync(owner);

        var timeline = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Timeline", UriKind.Relative))).Content.ReadAsStringAsync();
        var details = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.All(new[] { timeline, details }, html =>
        {
            // Summer time: 12:30 UTC is 14:30 in Ljubljana.
            Assert.Contains("<div>Planned the call for 2026-07-14 14:30 Europe/Ljubljana.</div>", html, StringComparison.Ordinal);
            Assert.Contains("<div>Planned the call for 2026-03-01 14:00 UTC.</div>", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_russian_reader_reads_the_timeline_in_russian_and_an_entry_from_before_as_it_was_written()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Language, "ru").SetProperty(u => u.TimeZoneId, "Europe/Moscow")));
        var incident = await App.AnIncident(owner).AtStage(Domain.Incidents.PlaybookStage.ScheduleCall).SaveAsync();
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "IncidentEvents" ("IncidentId", "OccurredAt", "ActorId", "ActorName", "Description")
            VALUES ({incident.Id}, {App.Clock.GetUtcNow()}, {owner.Id}, {owner.DisplayName}, 'Planned the call for 2026-03-01 14:00 UTC.')
            """));
        using var http = await App.CreateSignedInClientAsync(owner);

        var timeline = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Timeline", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("<div>Зафиксировано невыполненное обещание. Работа начинается с выяснения, откуда взялось это обещание.</div>", timeline, StringComparison.Ordinal);
        Assert.Contains("<div>Переход с этапа «Поиск альтернатив» на этап «Назначение звонка».</div>", timeline, StringComparison.Ordinal);
        Assert.Contains("<div>Planned the call for 2026-03-01 14:00 UTC.</div>", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Logged the broken promise", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Moved from", timeline, StringComparison.Ordinal);
    }

    /// <summary>An incident whose timeline has, after what logging it wrote, entries "Entry 1" … "Entry 65", a minute apart.</summary>
    private async Task<long> IncidentWithEntriesAsync(TestUser owner)
    {
        var incident = await App.AnIncident(owner).SaveAsync();
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO "IncidentEvents" ("IncidentId", "OccurredAt", "ActorId", "ActorName", "Description")
            SELECT {incident.Id}, {App.Clock.GetUtcNow()} + n * interval '1 minute', {owner.Id}, {owner.DisplayName}, 'Entry ' || n
            FROM generate_series(1, {Added}) AS n
            """));
        return incident.Id;
    }

    private static List<int> Entries(string html) =>
        [.. EntryText().Matches(html).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string? Link(string html, string rel)
    {
        var match = Regex.Match(html, $"<a [^>]*rel=\"{rel}\"[^>]*href=\"(?<href>[^\"]+)\"|<a [^>]*href=\"(?<href>[^\"]+)\"[^>]*rel=\"{rel}\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["href"].Value) : null;
    }

    [GeneratedRegex(@"<div>Entry (?<n>\d+)</div>")]
    private static partial Regex EntryText();
}
