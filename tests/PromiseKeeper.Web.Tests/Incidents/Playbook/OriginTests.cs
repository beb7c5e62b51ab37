using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class OriginTests(WebAppFixture app) : WebAppTest(app)
{

    [Fact]
    public async Task Recording_the_origin_stores_every_field_and_adds_a_timeline_entry()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddIncidentAsync(owner);
        App.Clock.Now = FixedClock.Start.AddMinutes(5);

        var contractLinked = await App.SendAsync(owner, m => m.Send(ValidCommand(incident.Id, incident.Version)));

        Assert.False(contractLinked);
        var stored = await LoadAsync(incident.Id);
        Assert.Equal(PromiseChannel.Meeting, stored.PromiseChannel);
        Assert.Equal("Kick-off meeting notes, 1 September", stored.PromiseReference);
        Assert.Equal(new DateOnly(2026, 9, 1), stored.PromisedOn);
        Assert.Equal("Pat Former", stored.PromisedBy);
        Assert.True(stored.PromisedByHasLeft);
        Assert.Null(stored.ContractReference);
        Assert.False(stored.IsContractLinked);
        Assert.Equal("Launch the winter campaign on the new platform.", stored.ClientGoals);
        Assert.Equal("Pat promised the date in the kick-off without asking delivery.", stored.OriginFindings);
        Assert.Equal(App.Clock.Now, stored.OriginRecordedAt);
        Assert.Equal(PlaybookStage.InvestigateOrigin, stored.Stage);
        var entry = stored.Timeline.OrderBy(e => e.Id).Last();
        Assert.Equal((owner.Id, "Alex Morgan", App.Clock.Now), (entry.ActorId, entry.ActorName, entry.OccurredAt));
        Assert.Equal("Recorded where the promise came from: made by Pat Former (no longer with the company) on 2026-09-01.", entry.Description);
    }

    [Fact]
    public async Task A_contract_reference_marks_the_incident_as_contract_linked_with_a_legal_review_entry()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        var command = ValidCommand(incident.Id, incident.Version) with
        {
            PromiseChannel = PromiseChannel.ContractClause,
            ContractReference = " SOW 7, section 3 ",
        };

        var contractLinked = await App.SendAsync(owner, m => m.Send(command));

        Assert.True(contractLinked);
        var stored = await LoadAsync(incident.Id);
        Assert.Equal("SOW 7, section 3", stored.ContractReference);
        Assert.True(stored.IsContractLinked);
        Assert.Contains(stored.Timeline, e => e.Description == "Marked as contract-linked (SOW 7, section 3): legal review is needed.");
        var legal = await App.CreateUserAsync(Roles.Legal);
        using var http = await App.CreateSignedInClientAsync(legal);
        using var details = await http.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
    }

    [Fact]
    public async Task The_origin_can_be_corrected_at_a_later_open_stage_without_moving_the_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        await App.SendAsync(owner, m => m.Send(ValidCommand(incident.Id, incident.Version) with { Reason = "Pat made the promise, not the person we first named." }));

        var stored = await LoadAsync(incident.Id);
        Assert.Equal(PlaybookStage.ScheduleCall, stored.Stage);
        Assert.Equal("Pat Former", stored.PromisedBy);
        Assert.StartsWith("Updated where the promise came from", stored.Timeline.OrderBy(e => e.Id).Last().Description, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "missing findings", "Findings" },
        { "future date", "PromisedOn" },
        { "contract channel without reference", "ContractReference" },
        { "missing who made it", "PromisedBy" },
        { "missing client goals", "ClientGoals" },
        { "findings too long", "Findings" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Each_broken_rule_is_reported_on_its_field_and_nothing_is_written(string failure, string field)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        var valid = ValidCommand(incident.Id, incident.Version);
        var command = failure switch
        {
            "missing findings" => valid with { Findings = "  " },
            "future date" => valid with { PromisedOn = DateOnly.FromDateTime(App.Clock.Now.UtcDateTime).AddDays(2) },
            "contract channel without reference" => valid with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = null },
            "missing who made it" => valid with { PromisedBy = null },
            "missing client goals" => valid with { ClientGoals = "" },
            "findings too long" => valid with { Findings = new string('f', OriginDetails.FindingsMaxLength + 1) },
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(command)));

        Assert.Contains(exception.Violations, v => v.Field == field && !string.IsNullOrWhiteSpace(v.Message));
        var stored = await LoadAsync(incident.Id);
        Assert.Null(stored.OriginRecordedAt);
        Assert.Single(stored.Timeline);
    }

    [Fact]
    public async Task A_closed_incident_refuses_the_change_with_a_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner, PlaybookStage.Closed);
        var eventsBefore = incident.Timeline.Count;

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(owner, m => m.Send(ValidCommand(incident.Id, incident.Version))));

        Assert.Equal("This incident is closed, so you cannot change the origin of the promise any more.", exception.Message);
        Assert.Equal(eventsBefore, (await LoadAsync(incident.Id)).Timeline.Count);

        using var http = await App.CreateSignedInClientAsync(owner);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Origin", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("This incident is closed, so where the promise came from can no longer be changed.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Findings\"", html, StringComparison.Ordinal);

        // Someone who posts anyway (an old tab) gets the domain's message on the page.
        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", FormFields(HttpForms.AntiforgeryToken(html), incident.Version));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("This incident is closed, so you cannot change the origin of the promise any more.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(ValidCommand(incident.Id, incident.Version))));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(new OriginModel.Query(incident.Id))));

        using var http = await App.CreateSignedInClientAsync(other);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Origin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("A broken promise", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await LoadAsync(incident.Id)).OriginRecordedAt);
    }

    [Fact]
    public async Task Legal_is_forbidden_even_on_a_contract_linked_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await AddIncidentAsync(owner, contractReference: "MSA 4.2");

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, m => m.Send(ValidCommand(incident.Id, incident.Version))));

        using var http = await App.CreateSignedInClientAsync(legal);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Origin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var location = page.Headers.Location!;
        Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        using var denied = await http.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null((await LoadAsync(incident.Id)).OriginRecordedAt);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        var shownVersion = incident.Version;
        await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = incident.Id, Version = shownVersion, Title = "Email", Text = "We promise it." }));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(ValidCommand(incident.Id, shownVersion))));

        Assert.Null((await LoadAsync(incident.Id)).OriginRecordedAt);

        using var http = await App.CreateSignedInClientAsync(owner);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}/Origin");
        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", FormFields(token, shownVersion));
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Someone else changed this record while you were editing it.", html, StringComparison.Ordinal);
        Assert.Equal("Pat promised the date in the kick-off without asking delivery.", HttpForms.TextareaValue(html, "Data.Findings"));
        Assert.Null((await LoadAsync(incident.Id)).OriginRecordedAt);
    }

    [Fact]
    public async Task The_page_is_prefilled_from_the_incident_with_the_guidance_and_the_evidence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner, contractReference: "SLA 3.1");
        await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = "Kick-off email", Text = "We will be live by 1 November." }));
        var version = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == incident.Id).Select(i => i.Version).SingleAsync());

        using var http = await App.CreateSignedInClientAsync(owner);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Origin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal("ContractClause", HttpForms.SelectedOption(html, "Data.PromiseChannel"));
        Assert.Equal("Sam Sales", HttpForms.InputValue(html, "Data.PromisedBy"));
        Assert.Equal(incident.PromisedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), HttpForms.InputValue(html, "Data.PromisedOn"));
        Assert.Equal("SLA 3.1", HttpForms.InputValue(html, "Data.ContractReference"));
        Assert.Equal("Grow their business.", HttpForms.TextareaValue(html, "Data.ClientGoals"));
        Assert.Equal(string.Empty, HttpForms.TextareaValue(html, "Data.Findings"));
        Assert.Equal(version.ToString(CultureInfo.InvariantCulture), HttpForms.InputValue(html, "Data.Version"));
        Assert.Contains("Investigate the origin", html, StringComparison.Ordinal);
        Assert.Contains("Legal review needed.", html, StringComparison.Ordinal);
        Assert.Contains("Entering one marks the incident as contract-linked", html, StringComparison.Ordinal);
        Assert.Contains("Kick-off email", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{incident.Id}/Evidence\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_evidence_the_page_says_so_and_without_a_contract_it_shows_no_legal_note()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);

        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Origin", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("No evidence yet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Legal review needed.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_form_saves_and_redirects_to_the_incident_with_a_status_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}/Origin");

        var fields = FormFields(token, incident.Version)
            .Where(f => f.Key is not ("Data.PromiseChannel" or "Data.ContractReference"))
            .Append(new("Data.PromiseChannel", "ContractClause"))
            .Append(new("Data.ContractReference", "MSA 9.1"));
        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", fields);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}", posted.Headers.Location!.OriginalString);
        var stored = await LoadAsync(incident.Id);
        Assert.Equal(("MSA 9.1", "Pat Former", true), (stored.ContractReference, stored.PromisedBy, stored.PromisedByHasLeft));
        Assert.NotNull(stored.OriginRecordedAt);
        using var details = await http.GetAsync(posted.Headers.Location);
        var html = await details.Content.ReadAsStringAsync();
        Assert.Contains("Saved where the promise came from. The incident is contract-linked: legal must review it", html, StringComparison.Ordinal);
        Assert.Contains("Pat promised the date in the kick-off without asking delivery.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_form_with_broken_rules_shows_each_message_next_to_its_field_and_keeps_the_input()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}/Origin");
        var fields = FormFields(token, incident.Version)
            .Where(f => f.Key is not ("Data.Findings" or "Data.PromiseChannel" or "Data.PromisedOn"))
            .Append(new("Data.PromiseChannel", "ContractClause"))
            .Append(new("Data.PromisedOn", "2026-12-31"));

        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", fields);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved yet.", html, StringComparison.Ordinal);
        Assert.Equal("Write down how the promise came about: who set the expectation, when, and on what basis.", HttpForms.ValidationMessage(html, "Data.Findings"));
        Assert.Equal("The promise date cannot be in the future.", HttpForms.ValidationMessage(html, "Data.PromisedOn"));
        Assert.StartsWith("A promise made in a contract needs the contract reference", HttpForms.ValidationMessage(html, "Data.ContractReference"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.PromisedBy"));
        Assert.Equal("Pat Former", HttpForms.InputValue(html, "Data.PromisedBy"));
        Assert.Equal("2026-12-31", HttpForms.InputValue(html, "Data.PromisedOn"));
        Assert.Null((await LoadAsync(incident.Id)).OriginRecordedAt);
    }

    [Fact]
    public async Task Changing_who_promised_once_recorded_asks_why_and_keeps_field_history_shown_on_the_correct_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var before = await LoadAsync(incident.Id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync($"/Incidents/{incident.Id}/Origin");
        Assert.Contains("Why who promised, when or where changes", html, StringComparison.Ordinal);
        var fields = FormFields(HttpForms.AntiforgeryToken(html), before.Version)
            .Where(f => f.Key is not ("Data.PromisedOn" or "Data.PromiseChannel" or "Data.ClientGoals" or "Data.PromisedByHasLeft"))
            .Append(new("Data.PromisedOn", before.PromisedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(new("Data.PromiseChannel", before.PromiseChannel!.Value.ToString()))
            .Append(new("Data.ClientGoals", before.ClientGoals!))
            .Append(new("Data.PromisedByHasLeft", before.PromisedByHasLeft ? "true" : "false"))
            .ToList();

        using var refused = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Say why who promised, when or where changes", HttpForms.ValidationMessage(await refused.Content.ReadAsStringAsync(), "Data.Reason"), StringComparison.Ordinal);
        Assert.Equal(before.PromisedBy, (await LoadAsync(incident.Id)).PromisedBy);

        using var saved = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", fields.Append(new("Data.Reason", "The kick-off notes name Pat.")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == incident.Id).SelectMany(i => i.FieldHistory).ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal((nameof(Incident.PromisedBy), before.PromisedBy, "Pat Former", "The kick-off notes name Pat."), (change.Field, change.OldValue, change.NewValue, change.Reason));
        Assert.Contains(
            $"Corrected promised by: {before.PromisedBy} → Pat Former (The kick-off notes name Pat.)",
            (await LoadAsync(incident.Id)).Timeline.Select(e => e.Description));
        var correct = await http.GetHtmlAsync($"/Incidents/{incident.Id}/Correct");
        Assert.Contains("promised by", correct, StringComparison.Ordinal);
        Assert.Contains("The kick-off notes name Pat.", correct, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_reads_a_fixed_number_of_sql_statements_whatever_the_evidence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        await AddPastedEvidenceAsync(owner, incident.Id, 1);
        var few = (await App.GetCountingSqlAsync(http, $"/Incidents/{incident.Id}/Origin")).Sql;
        await AddPastedEvidenceAsync(owner, incident.Id, 10);
        var many = (await App.GetCountingSqlAsync(http, $"/Incidents/{incident.Id}/Origin")).Sql;

        Assert.Equal(2, few.Count);
        Assert.Equal(few.Count, many.Count);
    }

    private async Task AddPastedEvidenceAsync(TestUser owner, long id, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var version = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
            await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = id, Version = version, Title = $"Email {n}", Text = "We promise." }));
        }
    }

    private static OriginModel.Command ValidCommand(long id, uint version) => new()
    {
        Id = id,
        Version = version,
        PromiseChannel = PromiseChannel.Meeting,
        PromiseReference = "Kick-off meeting notes, 1 September",
        PromisedOn = new DateOnly(2026, 9, 1),
        PromisedBy = "Pat Former",
        PromisedByHasLeft = true,
        ClientGoals = "Launch the winter campaign on the new platform.",
        Findings = "Pat promised the date in the kick-off without asking delivery.",
    };

    private static List<KeyValuePair<string, string>> FormFields(string token, uint version) =>
    [
        new("Data.Version", version.ToString(CultureInfo.InvariantCulture)),
        new("Data.PromiseChannel", "Meeting"),
        new("Data.PromiseReference", "Kick-off meeting notes, 1 September"),
        new("Data.PromisedOn", "2026-09-01"),
        new("Data.PromisedBy", "Pat Former"),
        new("Data.PromisedByHasLeft", "true"),
        new("Data.ContractReference", ""),
        new("Data.ClientGoals", "Launch the winter campaign on the new platform."),
        new("Data.Findings", "Pat promised the date in the kick-off without asking delivery."),
        new(HttpForms.TokenField, token),
    ];

    private Task<Incident> LoadAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Timeline).SingleAsync(i => i.Id == id));

    private Task<Incident> AddIncidentAsync(TestUser owner, PlaybookStage stage = PlaybookStage.InvestigateOrigin, string? contractReference = null)
    {
        var seed = App.AnIncident(owner).AtStage(stage);
        return (contractReference is null ? seed : seed.ContractLinked(contractReference)).SaveAsync();
    }
}
