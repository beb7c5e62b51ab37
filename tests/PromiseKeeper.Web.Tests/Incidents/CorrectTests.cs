using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>"Correct the record": the logged facts change with a reason, kept as field history, on the timeline and in the audit log.</summary>
public sealed class CorrectTests(WebAppFixture app) : LateStagePageTest(app)
{
    private const string Reason = "The hosting provider's outage caused the delay, not our release.";

    [Fact]
    public async Task The_owner_corrects_the_fault_and_the_history_the_timeline_and_the_audit_log_keep_it()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        Assert.Contains($"href=\"/Incidents/{id}/Correct\"", await GetHtmlAsync(http, $"/Incidents/{id}"), StringComparison.Ordinal);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Correct");
        Assert.Equal("Ours", HttpForms.SelectedOption(page, "Data.Fault"));
        Assert.Equal("Dana Client", HttpForms.InputValue(page, "Data.ContactName"));
        Assert.Contains("Nothing has been corrected since the incident was logged.", page, StringComparison.Ordinal);

        App.Clock.Now = FixedClock.Start.AddMinutes(7);
        using var response = await PostAsync(http, id, page, ("Data.Fault", "ThirdParty"), ("Data.Reason", Reason));

        Assert.Equal($"/Incidents/{id}", Location(response));
        var stored = await ReadAsync(id);
        Assert.Equal(Fault.ThirdParty, stored.Fault);
        var history = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).SelectMany(i => i.FieldHistory).ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal((nameof(Incident.Fault), "ours", "third party", owner.Id, App.Clock.Now, Reason), (change.Field, change.OldValue, change.NewValue, change.ActorId, change.CorrectedAt, change.Reason));
        Assert.Equal($"Corrected fault: Ours → A third party's ({Reason})", await LastEventAsync(id));
        var audit = Assert.Single(await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.IncidentRecordCorrected).ToListAsync()));
        Assert.Equal(($"Corrected fault. Reason: {Reason}", (long?)id), (audit.Details, audit.IncidentId));

        // The script follows at once, and the history shows on the page.
        var details = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}"));
        Assert.Contains("Corrected the record: fault.", details, StringComparison.Ordinal);
        Assert.Contains("Express regret", details, StringComparison.OrdinalIgnoreCase);
        var again = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}/Correct"));
        Assert.Contains("<td data-label=\"After\" class=\"preserve-lines\">A third party's</td>", again, StringComparison.Ordinal);
        Assert.Equal("ThirdParty", HttpForms.SelectedOption(again, "Data.Fault"));
    }

    [Fact]
    public async Task Saving_without_a_change_says_so_and_records_nothing()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Correct");
        var events = await EventCountAsync(id);

        using var response = await PostAsync(http, id, page, ("Data.Reason", Reason));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing changed: the record already says this.", html, StringComparison.Ordinal);
        Assert.Equal(Reason, HttpForms.TextareaValue(html, "Data.Reason"));
        Assert.Equal(events, await EventCountAsync(id));
    }

    [Fact]
    public async Task Bad_input_shows_next_to_its_field_with_the_text_kept_and_nothing_saved()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Correct");
        var tooLong = new string('s', IncidentDetails.SummaryMaxLength + 1);

        using var response = await PostAsync(http, id, page,
            ("Data.Summary", tooLong), ("Data.Fault", "Client"), ("Data.Reason", "<script>alert(1)</script>\u0001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(string.Empty, HttpForms.ValidationMessage(html, "Data.Summary"));
        Assert.Contains("control characters", HttpForms.ValidationMessage(html, "Data.Reason"), StringComparison.Ordinal);
        Assert.Equal(tooLong, HttpForms.InputValue(html, "Data.Summary"));
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal("Client", HttpForms.SelectedOption(html, "Data.Fault"));
        // The summary lists the fields in the order of the form.
        var summaryLinks = Regex.Matches(html, "<li><a href=\"#(?<field>[^\"]+)\" class=\"alert-link\">").Select(m => m.Groups["field"].Value);
        Assert.Equal(["Data_Summary", "Data_Reason"], summaryLinks);
        var stored = await ReadAsync(id);
        Assert.Equal((Fault.Ours, "A broken promise"), (stored.Fault, stored.Summary));
    }

    [Fact]
    public async Task A_correction_over_someone_else_s_change_shows_the_conflict_and_keeps_the_input()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Correct");
        using (var first = await PostAsync(http, id, page, ("Data.Kind", "FeatureNotReady"), ("Data.Reason", "It was a feature, not a date.")))
        {
            Assert.Equal($"/Incidents/{id}", Location(first));
        }

        using var response = await PostAsync(http, id, page, ("Data.Fault", "Client"), ("Data.Reason", Reason));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(ConcurrencyMessage, html, StringComparison.Ordinal);
        Assert.Equal("Client", HttpForms.SelectedOption(html, "Data.Fault"));
        Assert.Equal(Fault.Ours, (await ReadAsync(id)).Fault);
    }

    [Fact]
    public async Task Someone_who_may_only_read_the_incident_is_refused()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives, contractReference: "MSA 4.2");

        await AssertLegalIsRefusedAsync($"/Incidents/{id}/Correct");
    }

    [Fact]
    public async Task Leaving_the_first_stage_after_logging_with_the_short_form_needs_the_origin_and_the_damage()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var command = TestIncidents.ValidCommand(await App.AddClientAsync("Acme"));
        var id = await App.SendAsync(owner, m => m.Send(command));
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}"));

        Assert.Contains("Record how the promise came about", html, StringComparison.Ordinal);
        Assert.Contains("Choose the kinds of damage on \"Correct the record\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/Origin\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/Correct\"", html, StringComparison.Ordinal);
    }

    /// <summary>Posts the form as the page rendered it, with <paramref name="typed"/> over it.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient http, long id, string page, params (string Name, string Value)[] typed)
    {
        var path = $"/Incidents/{id}/Correct";
        var fields = HtmlForm.Fields(page, path, path);
        var names = typed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return http.PostFormAsync(path, [.. fields.Where(f => !names.Contains(f.Key)), .. typed.Select(t => new KeyValuePair<string, string>(t.Name, t.Value))]);
    }
}
