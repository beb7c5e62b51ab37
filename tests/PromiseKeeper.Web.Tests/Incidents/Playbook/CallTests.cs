using System.Globalization;
using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class CallTests(WebAppFixture app) : WebAppTest(app)
{
    /// <summary>14:00 in Ljubljana on 24 November 2026 (UTC+1 in winter).</summary>
    private static readonly DateTimeOffset CallStartUtc = new(2026, 11, 24, 13, 0, 0, TimeSpan.Zero);

    private const string BlameSentence = "We never promised that date, but I would like to talk it through with you.";

    [Fact]
    public async Task The_page_opens_with_the_texts_drafted_from_the_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await GetPageAsync(http, incident.Id);

        var request = HttpForms.TextareaValue(page, "Data.RequestEmail");
        Assert.StartsWith("Subject: Could we have a short call?\n", request, StringComparison.Ordinal);
        Assert.DoesNotContain("Release 2.4 shipped three weeks late", request, StringComparison.Ordinal);
        Assert.Contains("Hello Dana Client,", request, StringComparison.Ordinal);
        Assert.EndsWith("Alex Morgan", request, StringComparison.Ordinal);
        Assert.Contains("Dana Client", HttpForms.TextareaValue(page, "Data.VoicemailScript"), StringComparison.Ordinal);
        Assert.StartsWith("Call plan: Acme, with Dana Client", HttpForms.TextareaValue(page, "Data.CallPlan"), StringComparison.Ordinal);
        Assert.Equal($"Dana Client <dana@client.example>; Alex Morgan <{owner.Email}>", HttpForms.TextareaValue(page, "Data.Attendees"));
        Assert.Equal((await App.VersionAsync(incident.Id)).ToString(CultureInfo.InvariantCulture), HttpForms.InputValue(page, "Data.Version"));
        Assert.Contains("No call is planned yet.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{incident.Id}/WriteInstead\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/Ljubljana\"></option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_and_marking_the_request_as_sent_stores_the_call_with_a_timeline_event()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id) with { RequestSent = true }));

        var stored = await App.ReadAsync(incident.Id);
        var call = Assert.IsType<ScheduledCall>(stored.Call);
        Assert.Equal(ContactMode.Call, call.Mode);
        Assert.Equal(CallStartUtc, call.StartsAt);
        Assert.Equal("Europe/Ljubljana", call.TimeZoneId);
        Assert.Equal(CallChannel.Video, call.Channel);
        Assert.Equal("Dana Client <dana@client.example>; Alex Morgan", call.Attendees);
        Assert.Equal("Subject: A short call?\n\nHello Dana, could we talk tomorrow?", call.RequestEmail);
        Assert.Equal("Hello Dana, this is Alex. Please call me back.", call.VoicemailScript);
        Assert.Equal("Opening. Listen. Apologise. Offer.", call.CallPlan);
        Assert.True(call.IsSent);
        Assert.Equal(App.Clock.Now, call.SentAt);
        Assert.Empty(stored.BlameFindings);
        var planned = stored.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last();
        Assert.Equal(("Alex Morgan", "Planned the call for 2026-11-24 13:00 UTC and sent the email asking for it."), (planned.ActorName, planned.Description));
    }

    [Fact]
    public async Task Without_a_chosen_zone_the_time_is_read_in_the_browser_s_zone()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id) with
        {
            TimeZone = "America/New_York",
            TimeZoneId = " ",
            StartsAt = new DateTime(2026, 11, 24, 8, 0, 0),
        }));

        var call = (await App.ReadAsync(incident.Id)).Call!;
        Assert.Equal(CallStartUtc, call.StartsAt);
        Assert.Equal("America/New_York", call.TimeZoneId);
        Assert.False(call.IsSent);
    }

    private static readonly Dictionary<string, (Func<CallModel.Command, CallModel.Command> Break, string Field)> Failures = new()
    {
        ["start missing"] = (c => c with { StartsAt = null }, "StartsAt"),
        ["start in the past"] = (c => c with { StartsAt = new DateTime(2026, 11, 23, 10, 0, 0), TimeZoneId = "UTC" }, "StartsAt"),
        ["start more than a year away"] = (c => c with { StartsAt = new DateTime(2028, 1, 10, 10, 0, 0) }, "StartsAt"),
        ["start skipped by the clocks moving forward"] = (c => c with { StartsAt = new DateTime(2027, 3, 28, 2, 30, 0) }, "StartsAt"),
        ["unknown time zone"] = (c => c with { TimeZoneId = "Mars/Olympus_Mons" }, "TimeZoneId"),
        ["unknown browser zone and none chosen"] = (c => c with { TimeZoneId = null, TimeZone = "Moon/Tranquility" }, "TimeZoneId"),
        ["channel missing"] = (c => c with { Channel = null }, "Channel"),
        ["channel not a choice"] = (c => c with { Channel = (CallChannel)9 }, "Channel"),
        ["attendees missing"] = (c => c with { Attendees = " " }, "Attendees"),
        ["request email missing"] = (c => c with { RequestEmail = null }, "RequestEmail"),
        ["call plan missing"] = (c => c with { CallPlan = "" }, "CallPlan"),
        ["call plan too long"] = (c => c with { CallPlan = new string('p', CallDetails.ClientTextMaxLength + 1) }, "CallPlan"),
        ["voicemail too long"] = (c => c with { VoicemailScript = new string('v', CallDetails.ClientTextMaxLength + 1) }, "VoicemailScript"),
    };

    public static TheoryData<string> FailureNames => [.. Failures.Keys];

    [Theory]
    [MemberData(nameof(FailureNames))]
    public async Task Each_broken_rule_is_reported_on_its_field_and_nothing_is_written(string failure)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var (breakRule, field) = Failures[failure];
        var command = breakRule(await ValidCallAsync(incident.Id));

        // The zone and the wall-clock time are the form's to read (a validator); every other rule is the domain's parse.
        var exception = await Assert.ThrowsAnyAsync<Exception>(async () => await App.SendAsync(owner, m => m.Send(command)));
        var errors = exception switch
        {
            ValidationException validation => validation.Errors.Select(e => (Field: e.PropertyName, Message: e.ErrorMessage)).ToList(),
            DomainException domain => domain.Violations.Select(v => (v.Field, v.Message)).ToList(),
            _ => throw exception,
        };

        Assert.Contains(errors, e => e.Field == field && !string.IsNullOrWhiteSpace(e.Message));
        if (field == "TimeZoneId")
        {
            // A time that cannot be read for lack of a zone is not reported as missing as well.
            Assert.DoesNotContain(errors, e => e.Field == "StartsAt");
        }

        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task Blame_language_in_an_edited_request_email_is_saved_shown_highlighted_asks_to_confirm_sending_and_is_kept_on_record_when_sent()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var request = HttpForms.TextareaValue(page, "Data.RequestEmail") + "\n\n" + BlameSentence;

        using var saved = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, request, sent: false));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/Call", saved.Location());
        page = await GetPageAsync(http, incident.Id);
        Assert.Contains("The call plan is saved.", page, StringComparison.Ordinal);
        Assert.Contains("Blame language in the email asking for the call", page, StringComparison.Ordinal);
        Assert.Contains("<mark>We never promised</mark>", page, StringComparison.Ordinal);
        Assert.Contains(BlameSentence, WebUtility.HtmlDecode(HttpForms.TextareaValue(page, "Data.RequestEmail")), StringComparison.Ordinal);
        Assert.Contains("The request email has not been sent yet.", page, StringComparison.Ordinal);
        var draft = Assert.Single((await App.ReadAsync(incident.Id)).BlameFindings);
        Assert.Equal((ClientTextKind.CallRequestEmail, false), (draft.Text, draft.WasSent));

        // Marking it as sent first shows the findings and asks to confirm: nothing is sent, the text is kept.
        using var refused = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, request, sent: true));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var asked = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Send it anyway", HttpForms.ValidationMessage(asked, "Data.RequestEmail"), StringComparison.Ordinal);
        Assert.Contains(BlameSentence, WebUtility.HtmlDecode(HttpForms.TextareaValue(asked, "Data.RequestEmail")), StringComparison.Ordinal);
        Assert.Contains("<mark>We never promised</mark>", asked, StringComparison.Ordinal);
        Assert.Contains("name=\"Data.SendAnyway\"", asked, StringComparison.Ordinal);
        Assert.False((await App.ReadAsync(incident.Id)).Call!.IsSent);

        // Confirmed, it is sent; the finding stays on the record as sent.
        using var sent = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", [.. FormFields(page, request, sent: true), new("Data.SendAnyway", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}", sent.Location());
        var stored = await App.ReadAsync(incident.Id);
        Assert.True(stored.Call!.IsSent);
        Assert.Contains(stored.BlameFindings, f => f.Text == ClientTextKind.CallRequestEmail && f.WasSent && f.Phrase.StartsWith("We never promised", StringComparison.OrdinalIgnoreCase));
        page = await GetPageAsync(http, incident.Id);
        Assert.Contains("The request email was sent", page, StringComparison.Ordinal);
        Assert.Contains("<mark>We never promised</mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_same_blaming_draft_again_keeps_one_finding_on_record()
    {
        // The command loads the findings already recorded, so the domain can tell an old finding from a new one.
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var request = HttpForms.TextareaValue(page, "Data.RequestEmail") + "\n\n" + BlameSentence;
        using var first = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, request, sent: false));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        page = await GetPageAsync(http, incident.Id);
        using var second = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, request, sent: false));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await App.ReadAsync(incident.Id);
        Assert.Equal(2, stored.Timeline.Count(e => e.Description.StartsWith("Planned the call", StringComparison.Ordinal)));
        var finding = Assert.Single(stored.BlameFindings);
        Assert.Equal((ClientTextKind.CallRequestEmail, false), (finding.Text, finding.WasSent));
    }

    [Fact]
    public async Task A_saved_call_is_shown_instead_of_the_drafts_until_fresh_drafts_are_asked_for()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id)));
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await GetPageAsync(http, incident.Id);
        var regenerated = await GetPageAsync(http, incident.Id, "?regenerate=true");

        Assert.Equal("Opening. Listen. Apologise. Offer.", HttpForms.TextareaValue(page, "Data.CallPlan"));
        Assert.StartsWith("2026-11-24T14:00", HttpForms.InputValue(page, "Data.StartsAt"), StringComparison.Ordinal);
        Assert.Equal("Europe/Ljubljana", HttpForms.InputValue(page, "Data.TimeZoneId"));
        Assert.Equal("Video", HttpForms.SelectedOption(page, "Data.Channel"));
        Assert.Contains($"href=\"/Incidents/{incident.Id}/Call/invite.ics\"", page, StringComparison.Ordinal);
        Assert.Contains("Planned for <time datetime=\"2026-11-24T13:00:00Z\" title=\"UTC+00:00\">24 Nov 2026, 13:00 UTC</time>, Video call.", page, StringComparison.Ordinal);
        Assert.Contains("In the call's time zone: Tuesday 24 November 2026 at 14:00 (Europe/Ljubljana).", page, StringComparison.Ordinal);
        // The fresh drafts already know the planned time.
        Assert.Contains("on Tuesday 24 November 2026 at 14:00 (Europe/Ljubljana)", HttpForms.TextareaValue(regenerated, "Data.RequestEmail"), StringComparison.Ordinal);
        Assert.StartsWith("Call plan: Acme", HttpForms.TextareaValue(regenerated, "Data.CallPlan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_changed_under_an_untouched_request_email_gets_the_email_drafted_again_before_it_is_saved()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id)));
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = $"/Incidents/{incident.Id}/Call";
        var shown = await GetPageAsync(http, incident.Id);
        var longer = HtmlForm.Fields(shown, page, page).Where(f => f.Key != "Data.LengthMinutes").Append(new("Data.LengthMinutes", "45")).ToList();

        using var redrafted = await http.PostFormAsync(page, longer);

        Assert.Equal(HttpStatusCode.OK, redrafted.StatusCode);
        var html = WebUtility.HtmlDecode(await redrafted.Content.ReadAsStringAsync());
        Assert.Equal("The call changed, so the request email was drafted again to match it. Check it, then save again.", HttpForms.ValidationMessage(html, "Data.RequestEmail"));
        Assert.Contains("45 minutes", HttpForms.TextareaValue(html, "Data.RequestEmail"), StringComparison.Ordinal);
        Assert.Equal(30, (await App.ReadAsync(incident.Id)).Call!.LengthMinutes);

        using var saved = await http.PostFormAsync(page, HtmlForm.Fields(await redrafted.Content.ReadAsStringAsync(), page, page));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var call = (await App.ReadAsync(incident.Id)).Call!;
        Assert.Equal(45, call.LengthMinutes);
        Assert.Contains("45 minutes", call.RequestEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_changed_under_an_edited_request_email_is_saved_with_the_words_as_edited()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id)));
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = $"/Incidents/{incident.Id}/Call";
        var shown = await GetPageAsync(http, incident.Id);
        var edited = HtmlForm.Fields(shown, page, page).Where(f => f.Key is not "Data.LengthMinutes" and not "Data.RequestEmail")
            .Append(new("Data.LengthMinutes", "45"))
            .Append(new("Data.RequestEmail", "Dear Dana,\n\nMy own words: the call will take 45 minutes."));

        using var saved = await http.PostFormAsync(page, edited);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Dear Dana,\n\nMy own words: the call will take 45 minutes.", (await App.ReadAsync(incident.Id)).Call!.RequestEmail);
    }

    [Fact]
    public void The_stamp_tells_an_untouched_email_under_a_changed_call_from_an_edited_one()
    {
        var shown = CallDraftStamp.Stamp(new CallModel.Command { StartsAt = new DateTime(2026, 11, 24, 14, 0, 0), TimeZoneId = "Europe/Ljubljana", LengthMinutes = 30, RequestEmail = "Hello" });

        Assert.False(CallDraftStamp.CallChangedUnderUntouchedEmail(shown with { RequestEmail = "Hello\r\n" }));
        Assert.True(CallDraftStamp.CallChangedUnderUntouchedEmail(shown with { LengthMinutes = 45 }));
        Assert.False(CallDraftStamp.CallChangedUnderUntouchedEmail(shown with { LengthMinutes = 45, RequestEmail = "Hello, 45 minutes" }));
    }

    [Fact]
    public async Task Posting_without_a_call_plan_shows_the_message_on_that_field_and_keeps_the_texts()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var fields = FormFields(page, "Subject: Hi\n\nMy own words.", sent: true)
            .Where(f => f.Key != "Data.CallPlan");

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Write the plan for the call: opening, listening, apology or regret, and the offer.", HttpForms.ValidationMessage(html, "Data.CallPlan"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.StartsAt"));
        Assert.Equal("Subject: Hi\n\nMy own words.", HttpForms.TextareaValue(html, "Data.RequestEmail"));
        Assert.Equal("Europe/Ljubljana", HttpForms.InputValue(html, "Data.TimeZoneId"));
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task At_another_stage_the_call_is_refused_and_the_page_is_read_only()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, async m => await m.Send(await ValidCallAsync(incident.Id))));

        Assert.Equal("You can plan how to tell the client at the \"Schedule the call\" stage; this incident is at \"Research alternatives\".", exception.Message);
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        Assert.Contains("so the call can only be read here.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled=\"disabled\">", page, StringComparison.Ordinal);

        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, "Subject: Hi\n\nCould we talk?", sent: false));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(exception.Message, WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, async m => await m.Send(await ValidCallAsync(incident.Id))));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(new CallModel.Query(incident.Id))));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Call", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task Legal_may_not_plan_the_call_and_is_refused_the_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, contractReference: "SOW 7");

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, async m => await m.Send(await ValidCallAsync(incident.Id))));
        using var http = await App.CreateSignedInClientAsync(legal);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Call", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Location(), StringComparison.Ordinal);
        using var denied = await http.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change_and_the_page_says_so()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var stale = await ValidCallAsync(incident.Id);
        await App.SendAsync(owner, m => m.Send(stale with { CallPlan = "Their plan" }));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(stale)));
        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", FormFields(page, "Subject: Hi\n\nMine.", sent: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record while you were editing it.", html, StringComparison.Ordinal);
        Assert.Equal("Subject: Hi\n\nMine.", HttpForms.TextareaValue(html, "Data.RequestEmail"));
        var call = (await App.ReadAsync(incident.Id)).Call!;
        Assert.Equal("Their plan", call.CallPlan);
        Assert.False(call.IsSent);
    }

    [Fact]
    public async Task The_page_reads_with_the_same_few_statements_however_large_the_offer()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var few = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var many = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, prepare: i =>
        {
            for (var n = 0; n < 8; n++)
            {
                var option = i.AddOption(
                    new OptionDetails { Kind = CompensationKind.Other, Description = $"Option {n}", ClientDescription = $"For you: option {n}", ValueToClientAmount = 100m, ValueToClientCurrency = "EUR", ConfirmedBy = "Lead" },
                    owner.AsActor(),
                    FixedClock.Start.AddMinutes(-10));
                i.AddToOffer(option.Id, owner.AsActor(), FixedClock.Start.AddMinutes(-10));
            }

            i.MoveTo(PlaybookStage.ScheduleCall, owner.AsActor(), FixedClock.Start.AddMinutes(-9));
        });
        using var http = await App.CreateSignedInClientAsync(owner);

        var (fewSql, _) = await App.GetCountingSqlAsync(http, $"/Incidents/{few.Id}/Call");
        var (manySql, manyHtml) = await App.GetCountingSqlAsync(http, $"/Incidents/{many.Id}/Call");

        Assert.InRange(fewSql.Count, 1, 3);
        Assert.Equal(fewSql.Count, manySql.Count);
        Assert.Contains("  - Option 7: worth 100.00 EUR to them", HttpForms.TextareaValue(manyHtml, "Data.CallPlan"), StringComparison.Ordinal);
    }

    private async Task<CallModel.Command> ValidCallAsync(long incidentId) => new()
    {
        Id = incidentId,
        Version = await App.VersionAsync(incidentId),
        TimeZone = "UTC",
        StartsAt = new DateTime(2026, 11, 24, 14, 0, 0),
        TimeZoneId = "Europe/Ljubljana",
        Channel = CallChannel.Video,
        Attendees = "Dana Client <dana@client.example>; Alex Morgan",
        ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
        RequestEmail = "Subject: A short call?\n\nHello Dana, could we talk tomorrow?",
        VoicemailScript = "Hello Dana, this is Alex. Please call me back.",
        CallPlan = "Opening. Listen. Apologise. Offer.",
    };

    private static async Task<string> GetPageAsync(HttpClient http, long id, string query = "")
    {
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Call{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<KeyValuePair<string, string>> FormFields(string page, string requestEmail, bool sent) =>
    [
        new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
        new("Data.TimeZone", "Europe/Berlin"),
        new("Data.StartsAt", "2026-11-24T14:00"),
        new("Data.TimeZoneId", "Europe/Ljubljana"),
        new("Data.Channel", "Phone"),
        new("Data.Attendees", "Dana Client <dana@client.example>"),
        new("Data.LengthMinutes", "30"),
        new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."),
        new("Data.Greeting", "FirstName"),
        new("Data.RequestEmail", requestEmail),
        new("Data.VoicemailScript", "Hello Dana, please call me back."),
        new("Data.CallPlan", "Opening, listening, apology, offer."),
        new("Data.RequestSent", sent ? "true" : "false"),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
    ];
}
